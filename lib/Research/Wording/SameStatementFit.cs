using System.Globalization;

namespace Research;

/// <summary>
/// How the same-statement weights were obtained, kept runnable so anyone can check or refit them on their own labelled
/// pairs: L2-regularised logistic regression (Newton's method on standardised features, the scaling folded back into
/// the weights), with 5-fold cross-validated accuracy and F1 (fold k holds every fifth pair from the k-th). Besides the
/// labelled pairs, each fit sees pairs of unrelated sentences from its own training pairs as different statements, at a
/// small weight (<see cref="UnrelatedWeight"/>): the aligner meets many of those, MSRP none.
/// </summary>
public static class SameStatementFit
{
    /// <summary>Regularisation strength on the standardised weights: small, the features are few and the pairs thousands.</summary>
    const double Ridge = 1.0;

    public sealed record Fit(SameStatementWeights Weights, ParaphraseEvaluation.Result CrossValidated);

    public static Fit Run(IReadOnlyList<ParaphraseEvaluation.Pair> pairs, double threshold)
    {
        var (x, y, texts, model) = Features(pairs);
        var scored = new List<(bool Same, double Score)>();
        for (var k = 0; k < 5; k++)
        {
            var rows = Enumerable.Range(0, x.Length).Where(i => i % 5 != k).ToList();
            var weights = Train(x, y, rows, Unrelated(texts, model, rows), threshold);
            scored.AddRange(Enumerable.Range(0, x.Length).Where(i => i % 5 == k).Select(i => (y[i] == 1, weights.Probability(x[i]))));
        }
        var all = Enumerable.Range(0, x.Length).ToList();
        return new Fit(Train(x, y, all, Unrelated(texts, model, all), threshold), ParaphraseEvaluation.Evaluate(scored, threshold));
    }

    public static string Describe(Fit fit) =>
        $"weights [{string.Join(", ", fit.Weights.Weights.Select((w, k) => $"{PairFeatures.Names[k]} {w.ToString("F3", CultureInfo.InvariantCulture)}"))}] " +
        $"bias {fit.Weights.Bias.ToString("F3", CultureInfo.InvariantCulture)}\n5-fold cross-validated: {fit.CrossValidated}";

    static (double[][] X, double[] Y, List<(StatementText A, StatementText B)> Texts, SameStatement Model) Features(IReadOnlyList<ParaphraseEvaluation.Pair> pairs)
    {
        var texts = pairs.Select(p => (A: new StatementText(Typography.Normalize(p.A)), B: new StatementText(Typography.Normalize(p.B)))).ToList();
        var model = SameStatement.From(texts.SelectMany(t => new[] { t.A.Terms, t.B.Terms }));
        return (texts.Select(t => PairFeatures.Of(t.A, t.B, model)).ToArray(), pairs.Select(p => p.Same ? 1.0 : 0.0).ToArray(), texts, model);
    }

    /// <summary>
    /// Pairs like those the aligner meets and MSRP lacks: two sentences of different pairs (other stories) that share
    /// at least two of their rarer terms, as the aligner's candidates do. Each first sentence of a training pair gets the
    /// other pair's sentence sharing the most terms with it; all are taken as different statements. Without them the fit
    /// learns only MSRP's hard negatives and joins unrelated sentences that share a name and some function words.
    /// </summary>
    static List<double[]> Unrelated(List<(StatementText A, StatementText B)> texts, SameStatement model, List<int> rows)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in rows)
            foreach (var t in texts[i].B.Terms)
                (postings.TryGetValue(t, out var list) ? list : postings[t] = []).Add(i);
        var negatives = new List<double[]>();
        foreach (var i in rows)
        {
            var shared = new Dictionary<int, int>();
            foreach (var t in texts[i].A.Terms)
                if (postings.TryGetValue(t, out var list) && list.Count <= 50)
                    foreach (var j in list) if (j != i) shared[j] = shared.GetValueOrDefault(j) + 1;
            if (shared.Count == 0) continue;
            var (best, n) = shared.MaxBy(kv => (kv.Value, -kv.Key));
            if (n >= 2) negatives.Add(PairFeatures.Of(texts[i].A, texts[best].B, model));
        }
        return negatives;
    }

    /// <summary>
    /// How much an unrelated pair counts against a labelled one. At 0 the aligner joined seed sentences that share a
    /// name and some function words; at 0.05 it lost re-worded seed pairs; 0.03 was chosen between them on the seed
    /// (its figures and the MSRP figures at each are in the branch's report). Even so the refit is not shipped yet: see the
    /// first lines of Rules/same-statement-weights.tsv.
    /// </summary>
    const double UnrelatedWeight = 0.03;

    static SameStatementWeights Train(double[][] labelled, double[] labels, List<int> labelledRows, List<double[]> unrelated, double threshold)
    {
        var x = labelledRows.Select(i => labelled[i]).Concat(unrelated).ToArray();
        var y = labelledRows.Select(i => labels[i]).Concat(unrelated.Select(_ => 0.0)).ToArray();
        var rowWeight = labelledRows.Select(_ => 1.0).Concat(unrelated.Select(_ => UnrelatedWeight)).ToArray();
        var rows = Enumerable.Range(0, x.Length).ToList();
        var d = x[0].Length;
        var mean = new double[d];
        var scale = new double[d];
        for (var k = 0; k < d; k++)
        {
            mean[k] = rows.Average(i => x[i][k]);
            scale[k] = Math.Sqrt(rows.Average(i => (x[i][k] - mean[k]) * (x[i][k] - mean[k])));
            if (scale[k] < 1e-9) scale[k] = 1;
        }
        // Standardised rows with a leading 1 for the bias.
        var z = rows.Select(i => new[] { 1.0 }.Concat(Enumerable.Range(0, d).Select(k => (x[i][k] - mean[k]) / scale[k])).ToArray()).ToArray();
        var target = rows.Select(i => y[i]).ToArray();
        var beta = new double[d + 1];
        for (var iteration = 0; iteration < 30; iteration++)
        {
            var gradient = new double[d + 1];
            var hessian = new double[d + 1, d + 1];
            for (var r = 0; r < z.Length; r++)
            {
                var p = 1 / (1 + Math.Exp(-Dot(beta, z[r])));
                var s = rowWeight[r] * p * (1 - p);
                for (var a = 0; a <= d; a++)
                {
                    gradient[a] += rowWeight[r] * (p - target[r]) * z[r][a];
                    for (var b = 0; b <= d; b++) hessian[a, b] += s * z[r][a] * z[r][b];
                }
            }
            for (var a = 1; a <= d; a++) { gradient[a] += Ridge * beta[a]; hessian[a, a] += Ridge; }
            var step = Solve(hessian, gradient);
            for (var a = 0; a <= d; a++) beta[a] -= step[a];
            if (step.Max(Math.Abs) < 1e-8) break;
        }
        var weights = Enumerable.Range(0, d).Select(k => beta[k + 1] / scale[k]).ToArray();
        var bias = beta[0] - Enumerable.Range(0, d).Sum(k => beta[k + 1] * mean[k] / scale[k]);
        return new SameStatementWeights(weights, bias, threshold);
    }

    static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var k = 0; k < a.Length; k++) sum += a[k] * b[k];
        return sum;
    }

    /// <summary>Gaussian elimination with partial pivoting (the system is small and positive definite).</summary>
    static double[] Solve(double[,] m, double[] v)
    {
        var n = v.Length;
        var a = (double[,])m.Clone();
        var b = (double[])v.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = Enumerable.Range(c, n - c).MaxBy(r => Math.Abs(a[r, c]));
            for (var k = 0; k < n; k++) (a[c, k], a[pivot, k]) = (a[pivot, k], a[c, k]);
            (b[c], b[pivot]) = (b[pivot], b[c]);
            for (var r = c + 1; r < n; r++)
            {
                var f = a[r, c] / a[c, c];
                for (var k = c; k < n; k++) a[r, k] -= f * a[c, k];
                b[r] -= f * b[c];
            }
        }
        var solution = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = b[r];
            for (var k = r + 1; k < n; k++) sum -= a[r, k] * solution[k];
            solution[r] = sum / a[r, r];
        }
        return solution;
    }
}
