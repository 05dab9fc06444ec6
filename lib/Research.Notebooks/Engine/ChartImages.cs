using Research.Notebooks.Rendering;

namespace Research.Notebooks.Engine;

/// <summary>
/// The one chart image renderer of a process (one headless chromium for every chart of a run), started on the first
/// chart and closed when the process exits. Null without chromium: charts then carry a one-line note instead.
/// </summary>
internal static class ChartImages
{
    static readonly Lazy<IChartImageRenderer?> Shared = new(() =>
    {
        var renderer = ChromiumChartRenderer.TryCreate();
        if (renderer is not null)
            AppDomain.CurrentDomain.ProcessExit += (_, _) => renderer.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
        return renderer;
    });

    public static IChartImageRenderer? Renderer => Shared.Value;
}
