using System.CommandLine;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>`research db PATH -o corpus.db`: every table into SQLite, with a full-text index over sentences.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var corpusArg = CorpusArgument.Create();
        var output = new Option<FileInfo>("--output", "-o") { Description = "The SQLite file to write (replaced whole, never half-written).", DefaultValueFactory = _ => new FileInfo("corpus.db") };
        var noTokens = new Option<bool>("--no-tokens") { Description = "Leave out the tokens table (most of the rows; rebuildable from sentence spans): for large corpora." };
        var command = new Command("db", "Write the corpus tables (articles, paragraphs, sentences, tokens, removed) into a SQLite database with an FTS5 index over sentences.") { corpusArg, output, noTokens };
        command.SetAction(parse =>
        {
            if (CorpusArgument.Load(parse.GetValue(corpusArg)!) is not Corpus corpus) return 2;
            var file = parse.GetValue(output)!;
            CorpusDatabase.Write(corpus, file.FullName, tokens: !parse.GetValue(noTokens));
            Console.WriteLine($"wrote {file.FullName}: {corpus.Articles.Count} articles, {corpus.Sentences.Count} sentences (full-text table sentences_fts).");
            return 0;
        });
        return command;
    }
}
