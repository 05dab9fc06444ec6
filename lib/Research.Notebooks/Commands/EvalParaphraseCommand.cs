using System.CommandLine;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>`research eval paraphrase PAIRS.tsv`: the aligner's same-statement decision scored on labelled sentence pairs.</summary>
internal static class EvalParaphraseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("pairs") { Description = "Sentence pairs in the MSRP layout: a header, then Quality (1 same, 0 not), #1 ID, #2 ID, #1 String, #2 String, tab-separated." };
        var fit = new Option<bool>("--fit") { Description = "Also refit the decision's weights on these pairs and print them with their 5-fold cross-validated accuracy (how the shipped weights were made)." };
        var command = new Command("paraphrase", $"Score the same-statement decision the aligner uses, at the threshold it ships with ({SameStatement.Threshold}): accuracy, precision, recall, F1.") { file, fit };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) { Console.Error.WriteLine($"error: {path.FullName}: no such file."); return 2; }
            List<ParaphraseEvaluation.Pair> pairs;
            try { pairs = ParaphraseEvaluation.Read(path.FullName); }
            catch (FormatException e) { Console.Error.WriteLine($"error: {e.Message}"); return 2; }
            Console.WriteLine(ParaphraseEvaluation.Evaluate(ParaphraseEvaluation.Score(pairs)));
            if (parse.GetValue(fit)) Console.WriteLine("refit: " + SameStatementFit.Describe(SameStatementFit.Run(pairs)));
            return 0;
        });
        return command;
    }
}
