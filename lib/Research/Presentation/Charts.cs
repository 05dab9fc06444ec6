using System.Globalization;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;
using DynObject = DynamicObj.DynamicObj;
using static Research.FigureStyle;

namespace Research;

/// <summary>
/// The kinds of chart the notebooks draw, each from plain rows, built with Plotly.NET.CSharp; every chart keeps its
/// numbers as a table, every label is escaped (<see cref="ChartText"/>), colours come from <see cref="ChartPalette"/>,
/// and a chart with no data says so in words.
/// </summary>
public static class Charts
{
    /// <summary>One bar a category; horizontal (one row a category, height to fit) when labels are many or long.</summary>
    /// <param name="valueFormat">A d3 format for the value axis (".0%" for shares); whole numbers get integer ticks anyway.</param>
    /// <param name="colourByCategory">Colour each bar by its category's palette colour (for outlets, verdicts, kinds).</param>
    public static PlotlyChart Bar(string title, IEnumerable<(string Category, double Value)> bars, string xTitle = "", string yTitle = "",
        string? caption = null, string? valueFormat = null, bool colourByCategory = false)
    {
        var rows = bars.ToList();
        var table = new Table([Name(xTitle, "category"), Name(yTitle, "value")], rows.Select(r => (IReadOnlyList<object?>)[r.Category, r.Value]).ToList(), title);
        if (rows.Count == 0) return Empty(title, table, caption);
        var categories = rows.Select(r => r.Category).ToList();
        var keys = categories.Select(ChartText.Escape).ToList();
        var values = rows.Select(r => r.Value).ToList();
        var horizontal = Horizontal(categories);
        var colour = colourByCategory ? Color.fromColors(categories.Select(c => Color.fromHex(ChartPalette.Of(c)))) : Color.fromHex(ChartPalette.Neutral);
        var chart = horizontal
            ? CSharpChart.Bar<double, string, string>(values, Keys: keys, MarkerColor: colour, UseDefaults: false)
            : CSharpChart.Column<double, string, string>(values, Keys: keys, MarkerColor: colour, UseDefaults: false);
        SetOnTraces(chart, "hovertemplate", Hover(horizontal, yTitle, ValueHoverFormat(values, valueFormat)));
        var categoryAxis = CategoryAxis(xTitle, keys, categories, horizontal ? 48 : 24, reversed: horizontal);
        var valueAxis = ValueAxis(yTitle, values, valueFormat);
        var style = new FigureStyle(title, caption, horizontal ? RowsHeight(categories.Count) : 380)
            .Set("xaxis", horizontal ? valueAxis : categoryAxis).Set("yaxis", horizontal ? categoryAxis : valueAxis).Set("showlegend", false);
        return new PlotlyChart(style.On(chart), table, title);
    }

    /// <summary>Stacked bars: one bar a category (in <paramref name="categoryOrder"/>, else as they come), one coloured segment a series (e.g. quotes per speaker per outlet).</summary>
    public static PlotlyChart StackedBar(string title, IEnumerable<(string Category, string Series, double Value)> cells, string xTitle = "", string yTitle = "",
        string? caption = null, string seriesTitle = "", IReadOnlyList<string>? categoryOrder = null)
    {
        var rows = cells.ToList();
        var table = new Table([Name(xTitle, "category"), Name(seriesTitle, "series"), Name(yTitle, "value")],
            rows.Select(r => (IReadOnlyList<object?>)[r.Category, r.Series, r.Value]).ToList(), title);
        if (rows.Count == 0) return Empty(title, table, caption);
        var categories = (categoryOrder ?? []).Intersect(rows.Select(r => r.Category)).Union(rows.Select(r => r.Category)).ToList();
        var keys = categories.Select(ChartText.Escape).ToList();
        var horizontal = Horizontal(categories);
        var traces = new List<GenericChart>();
        foreach (var series in rows.Select(r => r.Series).Distinct())
        {
            var values = categories.Select(c => rows.Where(r => r.Category == c && r.Series == series).Sum(r => r.Value)).ToList();
            var colour = Color.fromHex(ChartPalette.Of(series));
            traces.Add(horizontal
                ? CSharpChart.StackedBar<double, string, string>(values, Keys: keys, Name: ChartText.Escape(series), MarkerColor: colour, UseDefaults: false)
                : CSharpChart.StackedColumn<double, string, string>(values, Keys: keys, Name: ChartText.Escape(series), MarkerColor: colour, UseDefaults: false));
        }
        var chart = CSharpChart.Combine(traces);
        var totals = categories.Select(c => rows.Where(r => r.Category == c).Sum(r => r.Value)).ToList();
        SetOnTraces(chart, "hovertemplate", Hover(horizontal, yTitle, ValueHoverFormat(rows.Select(r => r.Value), null), "%{fullData.name}"));
        var categoryAxis = CategoryAxis(xTitle, keys, categories, horizontal ? 48 : 24, reversed: horizontal);
        var valueAxis = ValueAxis(yTitle, totals.Concat(rows.Select(r => r.Value)));
        var style = new FigureStyle(title, caption, horizontal ? RowsHeight(categories.Count) : 400)
            .Set("barmode", "stack").Set("xaxis", horizontal ? valueAxis : categoryAxis).Set("yaxis", horizontal ? categoryAxis : valueAxis)
            .Set("legend", Obj(("title", Obj(("text", ChartText.Escape(seriesTitle)))), ("traceorder", "normal")));
        return new PlotlyChart(style.On(chart), table, title);
    }

    /// <summary>The spread of values in each category as box plots with every point shown (e.g. article lengths by outlet).</summary>
    public static PlotlyChart Box(string title, IEnumerable<(string Category, string Label, double Value)> points, string xTitle = "", string yTitle = "", string? caption = null)
    {
        var rows = points.ToList();
        var table = new Table([Name(xTitle, "category"), "label", Name(yTitle, "value")], rows.Select(r => (IReadOnlyList<object?>)[r.Category, r.Label, r.Value]).ToList(), title);
        if (rows.Count == 0) return Empty(title, table, caption);
        var categories = rows.Select(r => r.Category).Distinct().ToList();
        var keys = categories.Select(ChartText.Escape).ToList();
        var horizontal = Horizontal(categories);
        var traces = new List<GenericChart>();
        foreach (var category in categories)
        {
            var mine = rows.Where(r => r.Category == category).ToList();
            var at = Enumerable.Repeat(ChartText.Escape(category), mine.Count).ToList();
            var values = mine.Select(r => r.Value).ToList();
            var colour = Color.fromHex(ChartPalette.Of(category));
            traces.Add(horizontal
                ? CSharpChart.BoxPlot<double, string, string>(X: values, Y: at, Name: ChartText.Escape(category), MultiText: mine.Select(r => ChartText.Escape(r.Label)).ToList(),
                    MarkerColor: colour, BoxPoints: StyleParam.BoxPoints.All, Jitter: 0.4, PointPos: 0, Orientation: StyleParam.Orientation.Horizontal, UseDefaults: false)
                : CSharpChart.BoxPlot<string, double, string>(X: at, Y: values, Name: ChartText.Escape(category), MultiText: mine.Select(r => ChartText.Escape(r.Label)).ToList(),
                    MarkerColor: colour, BoxPoints: StyleParam.BoxPoints.All, Jitter: 0.4, PointPos: 0, UseDefaults: false));
        }
        var chart = CSharpChart.Combine(traces);
        SetOnTraces(chart, "hovertemplate", $"%{{text}}<br>{ChartText.Escape(Name(yTitle, "value"))}: %{{{(horizontal ? "x" : "y")}:,}}<extra>%{{fullData.name}}</extra>");
        var categoryAxis = CategoryAxis(xTitle, keys, categories, horizontal ? 48 : 24, reversed: horizontal);
        var valueAxis = ValueAxis(yTitle, rows.Select(r => r.Value));
        var style = new FigureStyle(title, caption, horizontal ? RowsHeight(categories.Count, 30) : 400)
            .Set("xaxis", horizontal ? valueAxis : categoryAxis).Set("yaxis", horizontal ? categoryAxis : valueAxis).Set("showlegend", false);
        return new PlotlyChart(style.On(chart), table, title);
    }

    /// <summary>A heatmap of a continuous measure: rows by columns (e.g. source by source similarity). Null cells stay blank.</summary>
    public static PlotlyChart Heatmap(string title, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, Func<int, int, double?> value,
        string colorTitle = "", string? caption = null, double? zMin = null, double? zMax = null)
    {
        var z = new double?[rowLabels.Count][];
        var table = new List<IReadOnlyList<object?>>();
        for (var r = 0; r < rowLabels.Count; r++)
        {
            z[r] = new double?[columnLabels.Count];
            for (var c = 0; c < columnLabels.Count; c++)
            {
                var v = value(r, c);
                z[r][c] = v is double d ? Math.Round(d, 4) : null;
                table.Add([rowLabels[r], columnLabels[c], v]);
            }
        }
        var data = new Table(["row", "column", Name(colorTitle, "value")], table, title);
        if (rowLabels.Count == 0 || columnLabels.Count == 0) return Empty(title, data, caption);
        var xs = columnLabels.Select(ChartText.Escape).ToList();
        var ys = rowLabels.Select(ChartText.Escape).ToList();
        var chart = CSharpChart.Heatmap<double, string, string, string>(z.Select(row => row.Select(v => v ?? 0)), X: xs, Y: ys, XGap: 1, YGap: 1, UseDefaults: false);
        SetOnTraces(chart, "z", z);
        SetOnTraces(chart, "colorscale", new object[] { new object[] { 0, "#eef4fb" }, new object[] { 1, "#08519c" } });
        if (zMin is double lo) SetOnTraces(chart, "zmin", lo);
        if (zMax is double hi) SetOnTraces(chart, "zmax", hi);
        SetOnTraces(chart, "colorbar", Obj(("title", Obj(("text", ChartText.Escape(colorTitle)), ("side", "right"))), ("thickness", 14)));
        SetOnTraces(chart, "hovertemplate", $"%{{y}}<br>%{{x}}<br>{ChartText.Escape(Name(colorTitle, "value"))}: %{{z:.2f}}<extra></extra>");
        var style = new FigureStyle(title, caption, GridHeight(rowLabels.Count))
            .Set("xaxis", CategoryAxis("", xs, columnLabels, 22).With("side", "bottom"))
            .Set("yaxis", CategoryAxis("", ys, rowLabels, 48, reversed: true));
        return new PlotlyChart(style.On(chart), data, title);
    }

    /// <summary>
    /// A grid of states, each cell one of a few named states (yes/no, most common wording / its own / not carried): drawn
    /// with one colour a state from <see cref="ChartPalette"/> and a legend, never a continuous colour bar.
    /// </summary>
    public static PlotlyChart StateGrid(string title, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, Func<int, int, string> state,
        IReadOnlyList<string> states, string rowTitle = "row", string columnTitle = "column", string? caption = null)
    {
        var cells = new string[rowLabels.Count, columnLabels.Count];
        var table = new List<IReadOnlyList<object?>>();
        for (var r = 0; r < rowLabels.Count; r++)
            for (var c = 0; c < columnLabels.Count; c++)
            {
                cells[r, c] = state(r, c);
                table.Add([rowLabels[r], columnLabels[c], cells[r, c]]);
            }
        var data = new Table([rowTitle, columnTitle, "state"], table, title);
        if (rowLabels.Count == 0 || columnLabels.Count == 0) return Empty(title, data, caption);
        var xs = columnLabels.Select(ChartText.Escape).ToList();
        var ys = rowLabels.Select(ChartText.Escape).ToList();
        var z = Enumerable.Range(0, rowLabels.Count).Select(r => Enumerable.Range(0, columnLabels.Count).Select(c => Math.Max(0, IndexOf(states, cells[r, c]))).ToList()).ToList();
        var text = Enumerable.Range(0, rowLabels.Count).Select(r => Enumerable.Range(0, columnLabels.Count).Select(c => ChartText.Escape(cells[r, c])).ToArray()).ToArray();
        var grid = CSharpChart.Heatmap<int, string, string, string>(z, X: xs, Y: ys, XGap: 1, YGap: 1, ShowScale: false, UseDefaults: false);
        SetOnTraces(grid, "zmin", -0.5);
        SetOnTraces(grid, "zmax", states.Count - 0.5);
        SetOnTraces(grid, "colorscale", Steps(states.Select(ChartPalette.Of).ToList()));
        SetOnTraces(grid, "text", text);
        SetOnTraces(grid, "hovertemplate", "%{y}<br>%{x}: %{text}<extra></extra>");
        // One legend entry a state: markers with no position, so the legend names every colour.
        var legend = states.Select(s =>
        {
            var entry = CSharpChart.Point<string, string, string>(x: [xs[0]], y: [ys[0]], Name: ChartText.Escape(s), MarkerColor: Color.fromHex(ChartPalette.Of(s)),
                MarkerSymbol: StyleParam.MarkerSymbol.Square, UseDefaults: false);
            SetOnTraces(entry, "x", new object?[] { null });
            SetOnTraces(entry, "y", new object?[] { null });
            SetOnTraces(entry, "hoverinfo", "skip");
            return entry;
        });
        var chart = CSharpChart.Combine([grid, .. legend]);
        var style = new FigureStyle(title, caption, GridHeight(rowLabels.Count))
            .Set("xaxis", CategoryAxis("", xs, columnLabels, 22).With("side", "bottom"))
            .Set("yaxis", CategoryAxis("", ys, rowLabels, 48, reversed: true))
            .Set("legend", Obj(("orientation", "h"), ("x", 0), ("y", 1), ("yanchor", "bottom"), ("xanchor", "left")));
        return new PlotlyChart(style.On(chart), data, title);
    }

    /// <summary>
    /// Each source's value of each topic, one panel a topic on its own scale (titled above it) and one row a source: the
    /// marker at the stated value, the bar the range its wording allows ("more than 90,000" reaches right).
    /// </summary>
    public static PlotlyChart RangesByTopic(string title, IEnumerable<(string Topic, string Source, double Value, double Low, double High, string Text)> values,
        string xTitle = "", string? caption = null)
    {
        var rows = values.ToList();
        var table = new Table(["topic", "source", "value", "low", "high", "as written"], rows.Select(r => (IReadOnlyList<object?>)[r.Topic, r.Source, r.Value, r.Low, r.High, r.Text]).ToList(), title);
        if (rows.Count == 0) return Empty(title, table, caption);
        var topics = rows.Select(r => r.Topic).Distinct().ToList();
        var sizes = topics.Select(t => rows.Where(r => r.Topic == t).Select(r => r.Source).Distinct().Count()).ToList();
        var headings = topics.Select(t => "<b>" + ChartText.Wrap(t, 90) + "</b>").ToList();
        // Each panel: its heading (one line of 18 px a wrapped line), a row of 30 px a source plus room for the value
        // labels above the top marker, and its x axis.
        const int perRow = 30, axis = 34, labels = 14;
        var panels = headings.Select((h, t) => 10 + 18 * h.Split("<br>").Length + labels + perRow * sizes[t] + axis).ToList();
        var height = panels.Sum();
        var style = new FigureStyle(title, caption, height).Set("showlegend", false);
        var traces = new List<GenericChart>();
        var top = 1.0;
        for (var t = 0; t < topics.Count; t++)
        {
            var mine = rows.Where(r => r.Topic == topics[t]).ToList();
            var id = t == 0 ? "" : (t + 1).ToString(CultureInfo.InvariantCulture);
            var span = (double)panels[t] / height;
            var domainTop = top - (double)(panels[t] - perRow * sizes[t] - axis) / height;
            var domainBottom = top - span + (double)axis / height;
            var sources = mine.Select(r => ChartText.Escape(r.Source)).ToList();
            var trace = CSharpChart.Point<double, string, string>(x: mine.Select(r => r.Value).ToList(), y: sources,
                MultiText: mine.Select(r => ChartText.Escape(r.Text)).ToList(), TextPosition: StyleParam.TextPosition.TopCenter,
                MarkerColor: Color.fromColors(mine.Select(r => Color.fromHex(ChartPalette.Of(r.Source)))), UseDefaults: false);
            SetOnTraces(trace, "mode", "markers+text");
            SetOnTraces(trace, "cliponaxis", false);
            SetOnTraces(trace, "marker", Obj(("size", 11), ("color", mine.Select(r => ChartPalette.Of(r.Source)).ToArray())));
            SetOnTraces(trace, "error_x", Obj(("type", "data"), ("symmetric", false), ("visible", true), ("thickness", 3), ("width", 0),
                ("array", mine.Select(r => r.High - r.Value).ToArray()), ("arrayminus", mine.Select(r => r.Value - r.Low).ToArray())));
            SetOnTraces(trace, "hovertemplate", "%{y}: %{text}<br>range %{customdata}<extra></extra>");
            SetOnTraces(trace, "customdata", mine.Select(r => $"{Number(r.Low)}–{Number(r.High)}").ToArray());
            SetOnTraces(trace, "xaxis", "x" + id);
            SetOnTraces(trace, "yaxis", "y" + id);
            traces.Add(trace);
            var xaxis = Obj(("title", Obj(("text", t == topics.Count - 1 ? ChartText.Escape(xTitle) : ""))), ("automargin", true), ("anchor", "y" + id),
                ("gridcolor", "#eaeef2"), ("zeroline", false));
            // Whole counts over a short span get a tick per unit: no "25.5 injured" between 25 and 27.
            if (mine.All(r => r.Value == Math.Floor(r.Value) && r.Low == Math.Floor(r.Low)) && mine.Max(r => r.High) - mine.Min(r => r.Low) <= 12)
                xaxis.SetProperty("dtick", 1);
            style.Set("xaxis" + id, xaxis);
            style.Set("yaxis" + id, Obj(("domain", new[] { Math.Max(0, domainBottom), Math.Min(1, domainTop) }), ("anchor", "x" + id), ("type", "category"),
                ("automargin", true), ("range", new[] { -0.5, sizes[t] - 0.5 })));
            style.AddAnnotation(Obj(("text", headings[t]), ("x", 0), ("xref", "paper"), ("xanchor", "left"),
                ("y", top - 6.0 / height), ("yref", "paper"), ("yanchor", "top"), ("showarrow", false), ("align", "left")));
            top -= span;
        }
        return new PlotlyChart(style.On(CSharpChart.Combine(traces)), table, title);
    }

    /// <summary>A chart with no data: the title, and "Nothing to show" with the reason in words.</summary>
    public static PlotlyChart Empty(string title, Table dataTable, string? why = null)
    {
        var chart = CSharpChart.Point<double, double, string>(x: [], y: [], ShowLegend: false, UseDefaults: false);
        var style = new FigureStyle(title, null, 160)
            .Set("xaxis", Obj(("visible", false))).Set("yaxis", Obj(("visible", false)))
            .Note(ChartText.Wrap("Nothing to show: " + (why ?? "no rows to draw."), 100), 0.5, 0.5);
        return new PlotlyChart(style.On(chart), dataTable, title);
    }

    static bool Horizontal(IReadOnlyList<string> categories) => categories.Count > 10 || categories.Max(c => c.Length) > 14;

    static int RowsHeight(int rows, int perRow = 24) => Math.Max(220, 70 + perRow * rows);

    static int GridHeight(int rows) => Math.Max(220, 90 + 24 * rows);

    static string Hover(bool horizontal, string valueTitle, string format, string extra = "") =>
        $"<b>%{{{(horizontal ? "y" : "x")}}}</b><br>{ChartText.Escape(Name(valueTitle, "value"))}: %{{{(horizontal ? "x" : "y")}:{format}}}<extra>{extra}</extra>";

    static string ValueHoverFormat(IEnumerable<double> values, string? format) =>
        format ?? (values.All(v => v == Math.Floor(v)) ? ",d" : ",.3~f");

    static object[] Steps(IReadOnlyList<string> colours)
    {
        var steps = new List<object>();
        for (var i = 0; i < colours.Count; i++)
        {
            steps.Add(new object[] { (double)i / colours.Count, colours[i] });
            steps.Add(new object[] { (double)(i + 1) / colours.Count, colours[i] });
        }
        return steps.ToArray();
    }

    static int IndexOf(IReadOnlyList<string> states, string state)
    {
        for (var i = 0; i < states.Count; i++) if (states[i] == state) return i;
        return -1;
    }

    static void SetOnTraces(GenericChart chart, string property, object value)
    {
        foreach (var trace in GenericChart.getTraces(chart)) trace.SetProperty(property, value);
    }

    static DynObject With(this DynObject o, string property, object value)
    {
        o.SetProperty(property, value);
        return o;
    }

    static string Number(double v) => double.IsFinite(v) ? v.ToString("#,0.###", CultureInfo.InvariantCulture) : "open";

    static string Name(string title, string fallback) => string.IsNullOrWhiteSpace(title) ? fallback : title;
}
