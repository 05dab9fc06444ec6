using System.Globalization;

namespace Research;

/// <summary>
/// Scores the same-statement decision on sentence pairs in the Microsoft Research Paraphrase Corpus layout (a header,
/// then Quality, #1 ID, #2 ID, #1 String, #2 String, tab-separated): accuracy, precision, recall and F1 at the
/// threshold the kit ships with. Term weights come from the file's own sentences (text only, never its labels).
/// </summary>
public static class ParaphraseEvaluation
{
    public sealed record Pair(bool Same, string A, string B);

    public sealed record Result(int Pairs, double Threshold, double Accuracy, double Precision, double Recall, double F1)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"pairs={Pairs} threshold={Threshold:F2} accuracy={Accuracy:F3} precision={Precision:F3} recall={Recall:F3} f1={F1:F3}");
    }

    /// <summary>Reads the pairs; a malformed line raises an error naming the file and line.</summary>
    public static List<Pair> Read(string path)
    {
        var pairs = new List<Pair>();
        var lines = File.ReadAllLines(path);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var cells = lines[i].Split('\t');
            if (cells.Length < 5 || cells[0].Trim() is not ("0" or "1"))
                throw new FormatException($"{path}:{i + 1}: expected Quality (0 or 1), two ids and two sentences separated by tabs.");
            pairs.Add(new Pair(cells[0].Trim() == "1", cells[3], cells[4]));
        }
        return pairs;
    }

    /// <summary>Each pair's score, with term weights from all the pairs' sentences.</summary>
    public static List<(bool Same, double Score)> Score(IReadOnlyList<Pair> pairs, SameStatementWeights? weights = null)
    {
        var texts = pairs.Select(p => (A: new StatementText(Typography.Normalize(p.A)), B: new StatementText(Typography.Normalize(p.B)))).ToList();
        var model = SameStatement.From(texts.SelectMany(t => new[] { t.A.Terms, t.B.Terms }), weights);
        return pairs.Select((p, i) => (p.Same, model.Score(texts[i].A, texts[i].B))).ToList();
    }

    public static Result Evaluate(IReadOnlyList<(bool Same, double Score)> scored, double threshold)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (same, score) in scored)
        {
            var said = score >= threshold;
            if (said && same) tp++; else if (said) fp++; else if (same) fn++; else tn++;
        }
        double precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp), recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return new Result(scored.Count, threshold, (double)(tp + tn) / Math.Max(1, scored.Count), precision, recall,
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }
}
