namespace Research;

/// <summary>
/// Whether two sentences report the same statement: a logistic model over <see cref="PairFeatures"/> (shared rare words,
/// shared wording, what is left unmatched, length, differing numbers, names and negation). Term rarity comes from the
/// sentences at hand; the feature weights and the threshold were fitted on the MSRP training pairs
/// (<see cref="SameStatementFit"/>, `research eval paraphrase --fit`) and ship as a data file
/// (<see cref="SameStatementWeights"/>): for now the previous fit, which weighs only the first ten features (the file says why).
/// </summary>
public sealed class SameStatement
{
    readonly Dictionary<string, double> idf;
    readonly double unseen;

    SameStatement(Dictionary<string, double> idf, double unseen, SameStatementWeights weights)
    {
        this.idf = idf;
        this.unseen = unseen;
        Weights = weights;
    }

    public SameStatementWeights Weights { get; }

    /// <summary>The probability at or above which two sentences are taken for one statement.</summary>
    public double Threshold => Weights.Threshold;

    /// <summary>Term rarity from a collection of sentences' terms (each sentence a document); the shipped weights unless others are given.</summary>
    public static SameStatement From(IEnumerable<HashSet<string>> sentences, SameStatementWeights? weights = null)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        foreach (var terms in sentences)
        {
            n++;
            foreach (var t in terms) df[t] = df.GetValueOrDefault(t) + 1;
        }
        var rarity = df.ToDictionary(kv => kv.Key, kv => Math.Log((n + 1.0) / (kv.Value + 0.5)), StringComparer.Ordinal);
        return new SameStatement(rarity, Math.Log((n + 1.0) / 0.5), weights ?? SameStatementWeights.Shipped);
    }

    public double Weight(string term) => idf.TryGetValue(term, out var w) ? w : unseen;

    /// <summary>The probability (0 to 1) that the two sentences report the same statement.</summary>
    public double Score(StatementText a, StatementText b) => Weights.Probability(PairFeatures.Of(a, b, this, Weights));

    public bool Same(StatementText a, StatementText b) => Score(a, b) >= Threshold;
}
