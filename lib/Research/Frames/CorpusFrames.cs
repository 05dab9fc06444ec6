using Microsoft.Data.Analysis;

namespace Research;

/// <summary>
/// Every table of the kit for one corpus as DataFrames, in one call: <c>CorpusFrames.Build(corpus)</c>. The corpus
/// tables (articles ... problems), then each analysis's rows: quotes, speakers, clusters, alignments, passages,
/// disagreements, claims, and the per-article and per-outlet profiles. <see cref="Tables"/> lists them by file name
/// in this order; the columns of each are in data/README.md.
/// </summary>
public sealed class CorpusFrames
{
    readonly Dictionary<string, DataFrame> byName;

    CorpusFrames(IReadOnlyList<KeyValuePair<string, DataFrame>> tables)
    {
        Tables = tables;
        byName = tables.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
    }

    /// <summary>Each table's name (the file name the `research tables` command writes) and frame, in a fixed order.</summary>
    public IReadOnlyList<KeyValuePair<string, DataFrame>> Tables { get; }
    /// <summary>The table names, in order.</summary>
    public IEnumerable<string> Names => Tables.Select(t => t.Key);
    /// <summary>A table by name (<c>frames["quotes"]</c>).</summary>
    public DataFrame this[string name] => byName.TryGetValue(name, out var f) ? f
        : throw new KeyNotFoundException($"No table '{name}'; the tables are {string.Join(", ", Names)}.");

    public DataFrame Articles => this["articles"];
    public DataFrame Sentences => this["sentences"];
    public DataFrame Quotes => this["quotes"];
    public DataFrame Disagreements => this["disagreements"];

    /// <summary>
    /// Runs every analysis on <paramref name="corpus"/> and converts each table. Tokens are most of the rows (about 700
    /// an article): <paramref name="tokens"/> false leaves that table out.
    /// </summary>
    public static CorpusFrames Build(Corpus corpus, bool tokens = true)
    {
        var quotes = Research.Quotes.Extract(corpus);
        var alignments = SentenceAligner.Align(corpus);
        var passages = Collation.Collate(corpus, alignments);
        var disagreements = DisagreementReport.Build(corpus, quotes, alignments);
        var perArticle = OutletProfiles.PerEvent(corpus);
        var tables = new List<KeyValuePair<string, DataFrame>>
        {
            new("articles", DataFrames.From(corpus.Articles)),
            new("paragraphs", DataFrames.From(corpus.Paragraphs)),
            new("sentences", DataFrames.From(corpus.Sentences)),
        };
        if (tokens) tables.Add(new("tokens", DataFrames.From(corpus.EnumerateTokens())));   // not kept by the corpus once in the frame
        tables.AddRange(
        [
            new("removed", DataFrames.From(corpus.Removed)),
            new("problems", DataFrames.From(corpus.Problems)),
            new("quotes", DataFrames.From(quotes.Quotes)),
            new("speakers", DataFrames.From(quotes.Speakers)),
            new("clusters", DataFrames.From(quotes.Clusters)),
            new("cluster_variants", DataFrames.From(ClusterVariantRow.From(quotes.Clusters))),
            new("misattributions", DataFrames.From(QuoteReport.Misattributions(quotes))),
            new("alignments", DataFrames.From(AlignmentRow.From(corpus, alignments))),
            new("passages", DataFrames.From(passages)),
            new("passage_readings", DataFrames.From(PassageReadingRow.From(passages))),
            new("source_relations", DataFrames.From(SourceRelations.Between(corpus, alignments))),
            new("substitutions", DataFrames.From(SubstitutionCount.Table(corpus, alignments))),
            new("disagreements", DataFrames.From(DisagreementReport.Rows(disagreements))),
            new("numeric_claims", DataFrames.From(NumericClaims.Extract(corpus))),
            new("date_claims", DataFrames.From(DateClaims.Extract(corpus))),
            new("outlet_events", DataFrames.From(perArticle)),
            new("outlets", DataFrames.From(OutletProfiles.Aggregate(perArticle))),
        ]);
        return new CorpusFrames(tables);
    }
}
