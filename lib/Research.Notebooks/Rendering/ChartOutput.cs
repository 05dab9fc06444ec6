using System.Net;
using System.Text.Json.Nodes;
using GenericChart = Plotly.NET.GenericChart;

namespace Research.Notebooks.Rendering;

/// <summary>
/// A chart as a cell output's mime bundle, the one call the notebook engine makes for a chart value:
/// <c>application/vnd.plotly.v1+json</c> (the figure), <c>text/html</c> (a div with an id hashed from the figure, the
/// still image inside it until plotly.js draws, so pages shown without scripts still show the chart),
/// <c>image/png</c> (base64) and <c>text/plain</c>. Without a renderer (no chromium) the image is replaced by a
/// one-line note and the live chart stays. Deterministic: the same figure gives the same bundle.
/// </summary>
public static class ChartOutput
{
    public const string PngMimeType = "image/png";

    /// <summary>The bundle of a kit chart (see <see cref="ChartOutput"/>).</summary>
    public static Task<IReadOnlyDictionary<string, JsonNode>> BundleAsync(PlotlyChart chart, IChartImageRenderer? images, CancellationToken cancel = default) =>
        BundleAsync(chart.Figure, chart.ToString(), chart.Title, images, cancel);

    /// <summary>The bundle of any Plotly.NET figure a cell returns (e.g. a kit chart restyled with Plotly.NET).</summary>
    public static Task<IReadOnlyDictionary<string, JsonNode>> BundleAsync(GenericChart figure, IChartImageRenderer? images, CancellationToken cancel = default)
    {
        var traces = GenericChart.countTrace(figure);
        return BundleAsync(figure, $"Plotly.NET chart ({traces} trace{(traces == 1 ? "" : "s")})", "chart", images, cancel);
    }

    /// <summary>Synchronous <see cref="BundleAsync(PlotlyChart, IChartImageRenderer?, CancellationToken)"/>, for formatters that cannot await.</summary>
    public static IReadOnlyDictionary<string, JsonNode> Bundle(PlotlyChart chart, IChartImageRenderer? images) => BundleAsync(chart, images).GetAwaiter().GetResult();

    /// <summary>Synchronous <see cref="BundleAsync(GenericChart, IChartImageRenderer?, CancellationToken)"/>.</summary>
    public static IReadOnlyDictionary<string, JsonNode> Bundle(GenericChart figure, IChartImageRenderer? images) => BundleAsync(figure, images).GetAwaiter().GetResult();

    static async Task<IReadOnlyDictionary<string, JsonNode>> BundleAsync(GenericChart figure, string summary, string title, IChartImageRenderer? images, CancellationToken cancel)
    {
        var json = PlotlyChart.FigureJson(figure);
        string? png = null;
        string? note = null;
        if (images is null) note = ChromiumChartRenderer.MissingNote();
        else
        {
            try
            {
                png = Convert.ToBase64String(await images.RenderPngAsync(figure, null, cancel));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                note = $"No still image of this chart: {FirstLine(e.Message)}; the live chart is drawn where scripts run.";
            }
        }
        var fallback = png is not null
            ? $"<img alt=\"{WebUtility.HtmlEncode(title)}\" src=\"data:image/png;base64,{png}\" style=\"max-width:100%\">"
            : $"<p class=\"research-chart-note\">{WebUtility.HtmlEncode(note)}</p>";
        var bundle = new Dictionary<string, JsonNode>
        {
            [PlotlyChart.MimeType] = JsonNode.Parse(json)!,
            ["text/html"] = JsonValue.Create(PlotlyChart.FigureHtml(json, fallback)),
        };
        if (png is not null) bundle[PngMimeType] = JsonValue.Create(png);
        bundle["text/plain"] = JsonValue.Create(note is null ? summary : summary + "\n" + note);
        return bundle;
    }

    static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
