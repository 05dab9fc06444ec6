using GenericChart = Plotly.NET.GenericChart;

namespace Research.Notebooks.Rendering;

/// <summary>
/// Still images of Plotly.NET figures, so a chart shows where scripts do not run (GitHub, nbviewer, nbconvert). One
/// renderer serves every chart of a run; the same figure and size give the same bytes.
/// </summary>
public interface IChartImageRenderer : IAsyncDisposable
{
    /// <summary>The figure as a PNG at a fixed size (<see cref="ChartImageSize.Of"/> when none is given).</summary>
    Task<byte[]> RenderPngAsync(GenericChart figure, ChartImageSize? size = null, CancellationToken cancel = default);

    /// <summary>The figure as an SVG document.</summary>
    Task<string> RenderSvgAsync(GenericChart figure, ChartImageSize? size = null, CancellationToken cancel = default);
}

/// <summary>The pixel size of a still image: fixed, so a rerun gives the same bytes.</summary>
public sealed record ChartImageSize(int Width, int Height, double Scale = 1)
{
    public const int DefaultWidth = 900;
    public const int DefaultHeight = 500;

    /// <summary>The figure's own layout width and height when it sets them (the kit's factories set the height), else 900 × 500.</summary>
    public static ChartImageSize Of(GenericChart figure)
    {
        var layout = Plotly.NET.GenericChart.getLayout(figure);
        return new(Pixels(layout.TryGetPropertyValue("width")) ?? DefaultWidth, Pixels(layout.TryGetPropertyValue("height")) ?? DefaultHeight);
    }

    static int? Pixels(Microsoft.FSharp.Core.FSharpOption<object>? value) => value?.Value switch
    {
        int i when i > 0 => i,
        double d when d > 0 => (int)Math.Round(d),
        _ => null,
    };
}
