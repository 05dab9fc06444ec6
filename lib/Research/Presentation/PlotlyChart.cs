using System.Collections;
using System.Security.Cryptography;
using System.Text;
using GenericChart = Plotly.NET.GenericChart;

namespace Research;

/// <summary>
/// A kit chart: a Plotly.NET figure with the table of the numbers it draws. Restyle it with Plotly.NET's API in the
/// next cell (<c>chart.With(f =&gt; f.WithSize(900, 500))</c>, or use <see cref="Figure"/> itself); notebooks show it as
/// <c>application/vnd.plotly.v1+json</c> and as <c>text/html</c> with a div id hashed from the figure, so a rerun gives
/// the same bytes. Build one with the factories in <see cref="Charts"/> and the *Charts classes.
/// </summary>
[TypeFormatterSource(typeof(PlotlyChartFormatterSource), PreferredMimeTypes = ["application/vnd.plotly.v1+json", "text/html"])]
public sealed class PlotlyChart(GenericChart figure, Table dataTable, string? title = null)
{
    public const string MimeType = "application/vnd.plotly.v1+json";
    /// <summary>The plotly.js version Plotly.NET targets; lib/Research.Notebooks/package.json pins the same (a test checks).</summary>
    public const string PlotlyJsVersion = global::Globals.PLOTLYJS_VERSION;
    /// <summary>The CDN copy used only when a page has no embedded plotly.js (the runner embeds it).</summary>
    public const string PlotlyCdn = "https://cdn.jsdelivr.net/npm/plotly.js-dist-min@" + PlotlyJsVersion + "/plotly.min.js";

    /// <summary>The Plotly.NET figure: pass it to any Plotly.NET or Plotly.NET.CSharp function.</summary>
    public GenericChart Figure { get; } = figure;
    /// <summary>Every figure's numbers, also as a table (to read, or save as CSV).</summary>
    public Table DataTable { get; } = dataTable;
    /// <summary>The title the chart was made with, as plain text (the finding).</summary>
    public string Title { get; } = title ?? dataTable.Title ?? "chart";

    /// <summary>The same chart restyled with Plotly.NET (e.g. <c>f =&gt; f.WithXAxisStyle&lt;int, int, string&gt;(TitleText: "n")</c>); the data table stays.</summary>
    public PlotlyChart With(Func<GenericChart, GenericChart> restyle) => new(restyle(Copy(Figure)), DataTable, Title);

    /// <summary>
    /// A deep copy of a figure. Plotly.NET's style functions change a figure's layout and traces in place, so
    /// <see cref="With"/> restyles a copy and this chart stays as it was.
    /// </summary>
    public static GenericChart Copy(GenericChart figure)
    {
        var layout = new Plotly.NET.Layout();
        GenericChart.getLayout(figure).DeepCopyPropertiesTo(layout, null, null);
        var config = new Plotly.NET.Config();
        GenericChart.getConfig(figure).DeepCopyPropertiesTo(config, null, null);
        var traces = GenericChart.getTraces(figure).Select(t =>
        {
            var copy = (Plotly.NET.Trace)Activator.CreateInstance(t.GetType(), t.GetPropertyValue("type"))!;
            t.DeepCopyPropertiesTo(copy, null, null);
            return copy;
        });
        return GenericChart.NewMultiChart(Microsoft.FSharp.Collections.ListModule.OfSeq(traces), layout, config, GenericChart.getDisplayOptions(figure));
    }

    public static implicit operator GenericChart(PlotlyChart chart) => chart.Figure;

    /// <summary>The figure as plotly.js and Jupyter's plotly renderer take it: {"data": [...], "layout": {...}, "config": {...}}.</summary>
    public string ToJson() => FigureJson(Figure);

    /// <summary>A div and a script that draw the figure; loads plotly.js from the CDN only when the page has none.</summary>
    public string ToHtml() => FigureHtml(ToJson());

    /// <summary>Plotly.NET's JSON of any figure: data, layout and config (Plotly.NET's own HTML would add a new GUID each time).</summary>
    public static string FigureJson(GenericChart figure) => GenericChart.toJson(figure);

    /// <summary>The id of a figure's div: a hash of its JSON, so the same figure gets the same id on every run.</summary>
    public static string DivId(string figureJson) => "plot-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(figureJson)))[..12];

    /// <summary>
    /// HTML that draws a figure given as JSON. <paramref name="fallbackHtml"/> (a still image, or a note) stands in the
    /// div until plotly.js draws, so a page shown with scripts removed (GitHub, nbviewer, nbconvert) still shows it.
    /// </summary>
    public static string FigureHtml(string figureJson, string? fallbackHtml = null)
    {
        var id = DivId(figureJson);
        var script = $$"""
            (function () {
              var figure = {{figureJson.Replace("</", "<\\/", StringComparison.Ordinal)}};
              function draw() { var el = document.getElementById('{{id}}'); el.innerHTML = ''; Plotly.newPlot(el, figure.data, figure.layout, figure.config); }
              if (typeof Plotly !== 'undefined') { draw(); return; }
              var s = document.createElement('script'); s.src = '{{PlotlyCdn}}'; s.onload = draw; document.head.appendChild(s);
            })();
            """;
        return $"<div id=\"{id}\" class=\"research-chart\">{fallbackHtml}</div><script type=\"text/javascript\">{script}</script>";
    }

    public override string ToString() => $"{Title} ({Plotly.NET.GenericChart.countTrace(Figure)} trace{(Plotly.NET.GenericChart.countTrace(Figure) == 1 ? "" : "s")}; data: {DataTable.Rows.Count} row{(DataTable.Rows.Count == 1 ? "" : "s")})";
}

/// <summary>The display contract's formatters for <see cref="PlotlyChart"/> (the notebook engine adds a still image: see Research.Notebooks.Rendering.ChartOutput).</summary>
public sealed class PlotlyChartFormatterSource
{
    public IEnumerable CreateTypeFormatters() => new object[]
    {
        new DisplayFormatter<PlotlyChart>(PlotlyChart.MimeType, c => c.ToJson()),
        new DisplayFormatter<PlotlyChart>("text/html", c => c.ToHtml()),
        new DisplayFormatter<PlotlyChart>("text/plain", c => c.ToString()),
    };
}
