using System.Collections;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Research;

/// <summary>
/// A Plotly figure (data traces and layout, as plotly.js takes them) with the table of the numbers it draws. Notebooks
/// show it as `application/vnd.plotly.v1+json` and as `text/html`; build one with the factories in <c>Charts</c>.
/// </summary>
[TypeFormatterSource(typeof(PlotlyChartFormatterSource), PreferredMimeTypes = ["application/vnd.plotly.v1+json", "text/html"])]
public sealed class PlotlyChart(JsonArray data, JsonObject layout, Table dataTable)
{
    public const string MimeType = "application/vnd.plotly.v1+json";
    /// <summary>The CDN copy used only when a page has no embedded plotly.js (the runner embeds it).</summary>
    public const string PlotlyCdn = "https://cdn.jsdelivr.net/npm/plotly.js-dist-min@4.1.2/plotly.min.js";

    public JsonArray Data { get; } = data;
    public JsonObject Layout { get; } = layout;
    /// <summary>Every figure's numbers, also as a table (to read, or save as CSV).</summary>
    public Table DataTable { get; } = dataTable;
    public string Title => Layout["title"]?["text"]?.GetValue<string>() ?? "chart";

    static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    /// <summary>The figure as plotly.js and Jupyter's plotly renderer take it: {"data": [...], "layout": {...}}.</summary>
    public string ToJson() => new JsonObject
    {
        ["data"] = Data.DeepClone(),
        ["layout"] = Layout.DeepClone(),
        ["config"] = new JsonObject { ["responsive"] = true, ["displaylogo"] = false },
    }.ToJsonString(Compact);

    /// <summary>A div and a script that draw the figure; loads plotly.js from the CDN only when the page has none.</summary>
    public string ToHtml()
    {
        var json = ToJson();
        var id = "plot-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..12];
        var script = $$"""
            (function () {
              var figure = {{json.Replace("</", "<\\/")}};
              function draw() { Plotly.newPlot('{{id}}', figure.data, figure.layout, figure.config); }
              if (typeof Plotly !== 'undefined') { draw(); return; }
              var s = document.createElement('script'); s.src = '{{PlotlyCdn}}'; s.onload = draw; document.head.appendChild(s);
            })();
            """;
        return $"<div id=\"{id}\" class=\"research-chart\" style=\"min-height:420px\"></div><script type=\"text/javascript\">{script}</script>";
    }

    public override string ToString() => $"{Title} ({Data.Count} trace{(Data.Count == 1 ? "" : "s")}; data: {DataTable.Rows.Count} rows)";
}

/// <summary>The display contract's formatters for <see cref="PlotlyChart"/>.</summary>
public sealed class PlotlyChartFormatterSource
{
    public IEnumerable CreateTypeFormatters() => new object[]
    {
        new DisplayFormatter<PlotlyChart>(PlotlyChart.MimeType, c => c.ToJson()),
        new DisplayFormatter<PlotlyChart>("text/html", c => c.ToHtml()),
        new DisplayFormatter<PlotlyChart>("text/plain", c => c.ToString()),
    };
}
