using System.CommandLine;
using System.Globalization;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>`research eval paraphrase PAIRS.tsv`: the aligner's same-statement decision scored on labelled sentence pairs.</summary>
internal static class EvalParaphraseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("pairs") { Description = "Sentence pairs in the MSRP layout: a header, then Quality (1 same, 0 not), #1 ID, #2 ID, #1 String, #2 String, tab-separated." };
        var fit = new Option<bool>("--fit") { Description = "Also refit the decision's weights on these pairs and print them with their 5-fold cross-validated accuracy and F1 (how the shipped weights were made)." };
        var save = new Option<FileInfo?>("--save") { Description = "With --fit: write the refitted weights to this file (the layout of lib/Research/Rules/same-statement-weights.tsv)." };
        var weightsFile = new Option<FileInfo?>("--weights") { Description = "Score with the weights of this file (written by --fit --save) instead of the shipped ones." };
        var threshold = new Option<double?>("--threshold") { Description = "With --fit: the threshold the refitted weights are scored at and saved with (default: the shipped one)." };
        var command = new Command("paraphrase",
            $"Score the same-statement decision the aligner uses, at the threshold it ships with ({SameStatementWeights.Shipped.Threshold.ToString(CultureInfo.InvariantCulture)}): accuracy, precision, recall, F1.")
        { file, fit, save, weightsFile, threshold };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) { Console.Error.WriteLine($"error: {path.FullName}: no such file."); return 2; }
            List<ParaphraseEvaluation.Pair> pairs;
            SameStatementWeights weights;
            try
            {
                pairs = ParaphraseEvaluation.Read(path.FullName);
                weights = parse.GetValue(weightsFile) is { } w ? SameStatementWeights.Read(w.FullName) : SameStatementWeights.Shipped;
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException) { Console.Error.WriteLine($"error: {e.Message}"); return 2; }
            Console.WriteLine(ParaphraseEvaluation.Evaluate(ParaphraseEvaluation.Score(pairs, weights), weights.Threshold));
            if (!parse.GetValue(fit)) return 0;
            var result = SameStatementFit.Run(pairs, parse.GetValue(threshold) ?? weights.Threshold);
            Console.WriteLine("refit: " + SameStatementFit.Describe(result));
            if (parse.GetValue(save) is { } target)
            {
                File.WriteAllText(target.FullName, result.Weights.ToTsv(
                    $"Same-statement weights fitted by `research eval paraphrase {path.Name} --fit` on {pairs.Count} pairs (and unrelated pairs of them, see SameStatementFit); 5-fold cross-validated accuracy " +
                    $"{result.CrossValidated.Accuracy.ToString("F3", CultureInfo.InvariantCulture)}, F1 {result.CrossValidated.F1.ToString("F3", CultureInfo.InvariantCulture)}."));
                Console.WriteLine($"saved: {target.FullName}");
            }
            return 0;
        });
        return command;
    }
}
