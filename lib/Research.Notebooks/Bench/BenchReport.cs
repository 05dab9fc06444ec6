using System.Globalization;
using System.Text;

namespace Research.Notebooks.Bench;

/// <summary>The benchmark's figures as a table to read, and the growth from each synthetic scale to the next.</summary>
internal static class BenchReport
{
    public sealed record GrowthRow(string Stage, int Cores, string From, string To, double ArticleRatio, double TimeRatio);

    public static string Text(IReadOnlyList<StageMeasure> measures, IReadOnlyList<NotebookMeasure> notebooks)
    {
        var s = new StringBuilder();
        s.AppendLine($"{"dataset",-18} {"stage",-10} {"cores",5} {"articles",9} {"MB",8} {"seconds",9} {"articles/s",11} {"MB/s",8} {"peak MB",8}");
        foreach (var m in measures)
            s.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{m.Dataset,-18} {m.Stage,-10} {m.Cores,5} {m.Articles,9} {m.Bytes / 1e6,8:F1} {m.Seconds,9:F3} {m.ArticlesPerSecond,11:F0} {m.MegabytesPerSecond,8:F2} {m.PeakMegabytes,8}"));
        s.AppendLine();
        s.AppendLine("every stage together (the 100,000-article target: at most 300 s and 4,000 MB on this machine's cores)");
        foreach (var t in Totals(measures))
            s.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Dataset,-18} {t.Cores} core(s): {t.Seconds,8:F1} s, peak {t.PeakMegabytes} MB"));
        if (notebooks.Count > 0) s.AppendLine();
        foreach (var n in notebooks)
        {
            s.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"notebooks, {n.Cores} core(s): {n.Notebooks} notebooks, {n.Cells} cells in {n.Seconds:F1} s (mean {n.MeanCellMilliseconds:F0} ms a cell; slowest {n.SlowestCellSeconds:F2} s, {n.SlowestCell}); peak {n.PeakMegabytes} MB"));
            s.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"  runner overhead: {n.TrivialCells} trivial cells in {n.TrivialSeconds:F2} s = {n.OverheadPerCellMilliseconds:F1} ms a cell (compile, run, format, capture)"));
            if (n.Failure is not null) s.AppendLine($"  FAILED: {n.Failure}");
        }
        var growth = Growth(measures);
        if (growth.Count > 0)
        {
            s.AppendLine();
            s.AppendLine("growth: time ratio for the article ratio (linear = the article ratio; target: at most 1.2 × it)");
            foreach (var g in growth)
                s.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {g.Stage,-10} {g.Cores} core(s)  {g.From} -> {g.To}: {g.ArticleRatio:F1}x articles, {g.TimeRatio:F1}x time"));
        }
        return s.ToString();
    }

    public sealed record Total(string Dataset, int Cores, double Seconds, long PeakMegabytes);

    /// <summary>Every stage of a dataset added up: the time a whole run of the pipeline takes.</summary>
    public static List<Total> Totals(IReadOnlyList<StageMeasure> measures) =>
        measures.GroupBy(m => (m.Dataset, m.Cores)).Select(g => new Total(g.Key.Dataset, g.Key.Cores, g.Sum(m => m.Seconds), g.Max(m => m.PeakMegabytes))).ToList();

    public static List<GrowthRow> Growth(IReadOnlyList<StageMeasure> measures)
    {
        var rows = new List<GrowthRow>();
        foreach (var group in measures.Where(m => m.Dataset.StartsWith("synthetic-")).GroupBy(m => (m.Stage, m.Cores)))
        {
            var ordered = group.OrderBy(m => m.Articles).ToList();
            for (var i = 1; i < ordered.Count; i++)
                rows.Add(new GrowthRow(group.Key.Stage, group.Key.Cores, ordered[i - 1].Dataset, ordered[i].Dataset,
                    (double)ordered[i].Articles / ordered[i - 1].Articles, ordered[i].Seconds / Math.Max(1e-9, ordered[i - 1].Seconds)));
        }
        return rows;
    }
}
