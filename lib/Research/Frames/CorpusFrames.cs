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
    public static CorpusFrames Build(Corpus corpus, bool tokens = true) =>
        new(Sources(corpus, tokens).Select(t => new KeyValuePair<string, DataFrame>(t.Name, t.ToFrame())).ToList());

    /// <summary>
    /// The same tables as <see cref="Build"/>, in the same order, each made only when asked for (<see
    /// cref="CorpusTable.ToFrame"/> or <see cref="CorpusTable.Write"/>): written one at a time, a table is let go before
    /// the next is made, and the tokens are streamed from the corpus in batches, never held whole. The analyses run
    /// once, when the enumeration starts.
    /// </summary>
    public static IEnumerable<CorpusTable> Sources(Corpus corpus, bool tokens = true)
    {
        var perArticle = OutletProfiles.PerEvent(corpus);   // first: it runs its own quotes and claims, and holds only its rows
        GiveBack();   // what the profiles allocated (gigabytes for one huge article) is garbage before the analyses below run
        var quotes = Research.Quotes.Extract(corpus);
        var alignments = SentenceAligner.Align(corpus);
        var passages = Collation.Collate(corpus, alignments);
        var disagreements = DisagreementReport.Build(corpus, quotes, alignments);
        // Each table holds what it is made from (the lambdas are static), and this enumeration lets an analysis go after
        // its last table: the tables made later (claims, profiles) run without it. (Setting a local to null here does not
        // change a table already given out.)
        yield return CorpusTable.Of("articles", corpus, static c => c.Articles);
        yield return CorpusTable.Of("paragraphs", corpus, static c => c.Paragraphs);
        yield return CorpusTable.Of("sentences", corpus, static c => c.Sentences);
        if (tokens) yield return CorpusTable.Of("tokens", corpus, static c => c.EnumerateTokens());   // made as they are read: not kept by the corpus
        yield return CorpusTable.Of("removed", corpus, static c => c.Removed);
        yield return CorpusTable.Of("problems", corpus, static c => c.Problems);
        yield return CorpusTable.Of("quotes", quotes, static q => q.Quotes);
        yield return CorpusTable.Of("speakers", quotes, static q => q.Speakers);
        yield return CorpusTable.Of("clusters", quotes, static q => q.Clusters);
        yield return CorpusTable.Of("cluster_variants", quotes, static q => ClusterVariantRow.From(q.Clusters));
        yield return CorpusTable.Of("misattributions", quotes, static q => QuoteReport.Misattributions(q));
        quotes = null;
        yield return CorpusTable.Of("alignments", (corpus, alignments), static a => AlignmentRow.From(a.corpus, a.alignments));
        yield return CorpusTable.Of("passages", passages, static p => p);
        yield return CorpusTable.Of("passage_readings", passages, static p => PassageReadingRow.From(p));
        passages = null;
        yield return CorpusTable.Of("source_relations", (corpus, alignments), static a => SourceRelations.Between(a.corpus, a.alignments));
        yield return CorpusTable.Of("substitutions", (corpus, alignments), static a => SubstitutionCount.Table(a.corpus, a.alignments));
        alignments = null;
        yield return CorpusTable.Of("disagreements", disagreements, static d => DisagreementReport.Rows(d));
        disagreements = null;
        GiveBack();   // the analyses above are garbage now: the claims below are extracted again without them
        yield return CorpusTable.Of("numeric_claims", corpus, static c => NumericClaims.Extract(c));
        yield return CorpusTable.Of("date_claims", corpus, static c => DateClaims.Extract(c));
        yield return CorpusTable.Of("outlet_events", perArticle, static p => p);
        yield return CorpusTable.Of("outlets", perArticle, static p => OutletProfiles.Aggregate(p));
    }

    /// <summary>
    /// A compacting collection that returns freed memory to the system: between the big analyses of one huge article the
    /// heap otherwise keeps what the last one allocated, and the next one peaks on top of it (`research tables` on a
    /// 50 MB article peaked at 1.0 GB without it). On an ordinary corpus it costs milliseconds.
    /// </summary>
    static void GiveBack() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}

/// <summary>
/// One table of <see cref="CorpusFrames.Sources"/>, not made yet: its name, and its rows made on demand, as a DataFrame
/// (<see cref="ToFrame"/>) or straight into a file in batches (<see cref="Write"/>, the same columns and types).
/// </summary>
public sealed class CorpusTable
{
    readonly Func<DataFrame> frame;
    readonly Func<string, TableFileFormat, int, long> write;

    CorpusTable(string name, Func<DataFrame> frame, Func<string, TableFileFormat, int, long> write)
    {
        Name = name;
        this.frame = frame;
        this.write = write;
    }

    /// <summary>The table's name: the file name the `research tables` command writes.</summary>
    public string Name { get; }

    /// <summary>The rows as a DataFrame, made now.</summary>
    public DataFrame ToFrame() => frame();

    /// <summary>
    /// Writes the rows to <paramref name="path"/> (atomically), <paramref name="batchRows"/> rows at a time
    /// (<see cref="TableFiles.WriteRows{T}"/>), and returns the number of rows written.
    /// </summary>
    public long Write(string path, TableFileFormat format, int batchRows = TableBatches.DefaultRows) => write(path, format, batchRows);

    /// <summary>A table of the records <paramref name="rows"/> makes from <paramref name="source"/>, each time the table is made.</summary>
    public static CorpusTable Of<TSource, T>(string name, TSource source, Func<TSource, IEnumerable<T>> rows) =>
        new(name, () => DataFrames.From(rows(source)), (path, format, batch) => TableFiles.WriteRows(rows(source), path, format, batch));

    public override string ToString() => Name;
}
