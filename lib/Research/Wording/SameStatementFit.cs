using System.Globalization;

namespace Research;

/// <summary>
/// How the same-statement weights were obtained, kept runnable so anyone can check or refit them on their own labelled
/// pairs: logistic regression by gradient descent over <see cref="PairFeatures"/>, with 5-fold cross-validated accuracy.
/// </summary>
public static class SameStatementFit
{
    public sealed record Fit(double[] Weights, double Bias, double CrossValidatedAccuracy);

    public static Fit Run(IReadOnlyList<ParaphraseEvaluation.Pair> pairs)
    {
        var (x, y) = Features(pairs);
        var folds = Enumerable.Range(0, 5).Select(k =>
        {
            var train = Enumerable.Range(0, x.Length).Where(i => i % 5 != k).ToList();
            var (w, b) = Train(x, y, train);
            var test = Enumerable.Range(0, x.Length).Where(i => i % 5 == k).ToList();
            return (double)test.Count(i => SameStatement.Probability(x[i], w, b) >= SameStatement.Threshold == (y[i] == 1)) / test.Count;
        }).ToList();
        var (weights, bias) = Train(x, y, Enumerable.Range(0, x.Length).ToList());
        return new Fit(weights, bias, folds.Average());
    }

    public static string Describe(Fit fit) =>
        $"weights [{string.Join(", ", fit.Weights.Select(w => w.ToString("F4", CultureInfo.InvariantCulture)))}] bias {fit.Bias.ToString("F4", CultureInfo.InvariantCulture)} " +
        $"(5-fold cross-validated accuracy {fit.CrossValidatedAccuracy.ToString("F3", CultureInfo.InvariantCulture)})";

    internal static (double[][] X, double[] Y) Features(IReadOnlyList<ParaphraseEvaluation.Pair> pairs)
    {
        var texts = pairs.Select(p => (A: new StatementText(Typography.Normalize(p.A)), B: new StatementText(Typography.Normalize(p.B)))).ToList();
        var model = SameStatement.From(texts.SelectMany(t => new[] { t.A.Terms, t.B.Terms }));
        return (texts.Select(t => PairFeatures.Of(t.A, t.B, model).ToArray()).ToArray(), pairs.Select(p => p.Same ? 1.0 : 0.0).ToArray());
    }

    static (double[], double) Train(double[][] x, double[] y, List<int> rows)
    {
        var w = new double[x[0].Length];
        var bias = 0.0;
        for (var epoch = 0; epoch < 3000; epoch++)
        {
            var g = new double[w.Length];
            var gb = 0.0;
            foreach (var i in rows)
            {
                var error = SameStatement.Probability(x[i], w, bias) - y[i];
                for (var k = 0; k < w.Length; k++) g[k] += error * x[i][k];
                gb += error;
            }
            for (var k = 0; k < w.Length; k++) w[k] -= 2.0 * g[k] / rows.Count;
            bias -= 2.0 * gb / rows.Count;
        }
        return (w, bias);
    }
}
