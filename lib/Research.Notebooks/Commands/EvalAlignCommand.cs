using System.CommandLine;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>`research eval align --gold GOLD.json CORPUS`: the aligner's same-statement sentence pairs scored against gold quote clusters.</summary>
internal static class EvalAlignCommand
{
    public static Command Create()
    {
        var corpusArg = CorpusArgument.Create();
        var gold = new Option<string>("--gold") { Description = "Gold quotes with statement keys: JSON with a `quotes` array of {doc, start, end, text, cluster}.", Required = true };
        var docs = new Option<string?>("--docs") { Description = "Only files whose names start with one of these comma-separated prefixes (e.g. 000,001)." };
        var weightsFile = new Option<FileInfo?>("--weights") { Description = "Align with the same-statement weights of this file (written by `eval paraphrase --fit --save`) instead of the shipped ones." };
        var show = new Option<bool>("--show") { Description = "Also print every aligned pair of sentences (score, the two articles and sentences), to check them by hand." };
        var command = new Command("align",
            "Score the sentence alignment's same-statement pairs: the sentences holding gold quotes, two of different articles the same statement " +
            "when their quotes share a cluster key; precision, recall and F1 of the aligned pairs, then of the passages (pairs joined through a third source).")
        { corpusArg, gold, docs, weightsFile, show };
        command.SetAction(parse =>
        {
            if (StatementGold.Read(parse.GetValue(gold)!) is not { } statements)
            {
                Console.Error.WriteLine("error: the gold file has no quotes with a `cluster` key: nothing to score.");
                return 2;
            }
            if (CorpusArgument.Load(parse.GetValue(corpusArg)!) is not Corpus corpus) return 2;
            var keep = (parse.GetValue(docs) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            statements = statements.Where(g => keep.Length == 0 || keep.Any(k => g.Doc.StartsWith(k, StringComparison.Ordinal))).ToList();
            SameStatementWeights? weights;
            try { weights = parse.GetValue(weightsFile) is { } w ? SameStatementWeights.Read(w.FullName) : null; }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException) { Console.Error.WriteLine($"error: {e.Message}"); return 2; }
            var pairs = SentenceAligner.Align(corpus, weights);
            if (parse.GetValue(show))
                foreach (var p in pairs)
                    Console.WriteLine($"{p.Score:F3}\t{p.ArticleA}#{p.SentenceA}\t{corpus.SentencesOf(p.ArticleA)[p.SentenceA].Text}\n\t{p.ArticleB}#{p.SentenceB}\t{string.Join(" ", corpus.SentencesOf(p.ArticleB).Skip(p.SentenceB).Take(p.SentenceBLast - p.SentenceB + 1).Select(s => s.Text))}");
            Console.WriteLine($"same-statement sentence pairs (aligned): {StatementGold.ScoreSentences(corpus, statements, pairs, passages: false)}");
            Console.WriteLine($"same-statement sentence pairs (passages): {StatementGold.ScoreSentences(corpus, statements, pairs, passages: true)}");
            return 0;
        });
        return command;
    }
}
