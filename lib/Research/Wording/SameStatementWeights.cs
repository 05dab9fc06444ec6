using System.Globalization;
using System.Text;

namespace Research;

/// <summary>
/// The weights of the same-statement decision: one a feature of <see cref="PairFeatures"/>, a bias and the threshold
/// on the probability. They ship as `Rules/same-statement-weights.tsv`, written by `research eval paraphrase --fit
/// --save`; a file that names a feature the kit does not compute, or leaves one out, is refused with the reason.
/// </summary>
public sealed record SameStatementWeights(double[] Weights, double Bias, double Threshold)
{
    const string RuleFile = "same-statement-weights.tsv";

    /// <summary>The weights the kit ships with.</summary>
    public static SameStatementWeights Shipped { get; } = Parse(RuleFiles.Lines(RuleFile), RuleFile);

    /// <summary>Weights from a file written by <see cref="ToTsv"/> (a header line, then name, value).</summary>
    public static SameStatementWeights Read(string path) =>
        Parse(File.ReadAllLines(path).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')).Skip(1).ToList(), path);

    static SameStatementWeights Parse(IReadOnlyList<string> lines, string source)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var cells = line.Split('\t');
            if (cells.Length < 2 || !double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                throw new FormatException($"{source}: \"{line}\": expected a name and a number separated by a tab.");
            values[cells[0].Trim()] = value;
        }
        var unknown = values.Keys.Except(PairFeatures.Names.Append("bias").Append("threshold")).ToList();
        var missing = PairFeatures.Names.Append("bias").Append("threshold").Except(values.Keys).ToList();
        if (unknown.Count + missing.Count > 0)
            throw new FormatException($"{source}: {(unknown.Count > 0 ? "unknown " + string.Join(", ", unknown) + "; " : "")}" +
                $"{(missing.Count > 0 ? "missing " + string.Join(", ", missing) + "; " : "")}refit with `research eval paraphrase PAIRS.tsv --fit --save FILE`.");
        return new SameStatementWeights(PairFeatures.Names.Select(n => values[n]).ToArray(), values["bias"], values["threshold"]);
    }

    public string ToTsv(string comment)
    {
        var text = new StringBuilder($"# {comment}\nname\tvalue\n");
        text.Append(CultureInfo.InvariantCulture, $"bias\t{Bias:F4}\nthreshold\t{Threshold:F2}\n");
        for (var k = 0; k < Weights.Length; k++) text.Append(CultureInfo.InvariantCulture, $"{PairFeatures.Names[k]}\t{Weights[k]:F4}\n");
        return text.ToString();
    }

    /// <summary>The probability (0 to 1) that a pair with these features reports one statement.</summary>
    public double Probability(double[] features)
    {
        var z = Bias;
        for (var k = 0; k < features.Length; k++) z += Weights[k] * features[k];
        return 1 / (1 + Math.Exp(-z));
    }
}
