using System.CommandLine;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>`research db PATH -o corpus.db`: every table into SQLite, with a full-text index over sentences.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var corpusArg = CorpusArgument.Create();
        var output = new Option<FileInfo>("--output", "-o") { Description = "The SQLite file to write (replaced whole, never half-written; an existing file only if it is a SQLite database, not read-only and not part of the corpus).", DefaultValueFactory = _ => new FileInfo("corpus.db") };
        var noTokens = new Option<bool>("--no-tokens") { Description = "Leave out the tokens table (most of the rows; rebuildable from sentence spans): for large corpora." };
        var force = OutputFile.ForceOption();
        var command = new Command("db", "Write the corpus tables (articles, paragraphs, sentences, tokens, removed) into a SQLite database with an FTS5 index over sentences.") { corpusArg, output, noTokens, force };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(output)!;
            string? Refusal() => OutputFile.Refusal(file.ToString(), OutputFile.Kind.Sqlite, parse.GetValue(force), parse.GetValue(corpusArg)!);
            if (Refusal() is string refusal) { Console.Error.WriteLine($"error: {refusal}"); return 1; }
            if (CorpusArgument.Load(parse.GetValue(corpusArg)!) is not Corpus corpus) return 2;
            if (Refusal() is string late) { Console.Error.WriteLine($"error: {late}"); return 1; }
            try { CorpusDatabase.Write(corpus, file.FullName, tokens: !parse.GetValue(noTokens)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                Console.Error.WriteLine($"error: cannot write {file}: {e.Message.TrimEnd('.')}. Choose another path with -o.");
                return 1;
            }
            Console.WriteLine($"wrote {file.FullName}: {corpus.Articles.Count} articles, {corpus.Sentences.Count} sentences (full-text table sentences_fts).");
            return 0;
        });
        return command;
    }
}
