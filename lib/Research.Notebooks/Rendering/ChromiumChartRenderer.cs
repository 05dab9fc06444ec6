using System.Globalization;
using Microsoft.FSharp.Core;
using Plotly.NET.ImageExport;
using PuppeteerSharp;
using GenericChart = Plotly.NET.GenericChart;

namespace Research.Notebooks.Rendering;

/// <summary>
/// Still images drawn by plotly.js's own <c>Plotly.toImage</c> in Debian's chromium (headless, offline): one browser
/// and one page for all the charts of a run, loaded once with the plotly.js that Plotly.NET embeds (the version it
/// targets, inline, so nothing is fetched). Also Plotly.NET.ImageExport's <see cref="IGenericChartRenderer"/>, so
/// Plotly.NET code can use it; ImageExport's own PuppeteerSharpRenderer starts a browser for every image and reads its
/// options from mutable globals, which is why the kit drives PuppeteerSharp itself.
/// </summary>
public sealed class ChromiumChartRenderer : IChartImageRenderer, IGenericChartRenderer
{
    /// <summary>Where Debian's chromium package puts the browser.</summary>
    public const string DebianChromium = "/usr/bin/chromium";

    static readonly string[] Arguments = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--disable-dev-shm-usage", "--font-render-hinting=none", "--force-color-profile=srgb"];

    readonly string executable;
    readonly SemaphoreSlim one = new(1, 1);
    IBrowser? browser;
    IPage? page;

    public ChromiumChartRenderer(string executable = DebianChromium) => this.executable = executable;

    /// <summary>A renderer when chromium is installed, else null (the caller then shows a note instead of an image).</summary>
    public static ChromiumChartRenderer? TryCreate(string executable = DebianChromium) => File.Exists(executable) ? new ChromiumChartRenderer(executable) : null;

    /// <summary>Why there is no still image, in one line, when chromium is missing.</summary>
    public static string MissingNote(string executable = DebianChromium) =>
        $"No still image of this chart: chromium was not found at {executable} (apt-get install chromium); the live chart is drawn where scripts run.";

    public async Task<byte[]> RenderPngAsync(GenericChart figure, ChartImageSize? size = null, CancellationToken cancel = default)
    {
        var dataUrl = await RenderAsync(PlotlyChart.FigureJson(figure), "png", size ?? ChartImageSize.Of(figure), cancel);
        return PngChunks.WithoutTextAndTime(Convert.FromBase64String(dataUrl[(dataUrl.IndexOf(',') + 1)..]));
    }

    public async Task<string> RenderSvgAsync(GenericChart figure, ChartImageSize? size = null, CancellationToken cancel = default)
    {
        var dataUrl = await RenderAsync(PlotlyChart.FigureJson(figure), "svg", size ?? ChartImageSize.Of(figure), cancel);
        return Uri.UnescapeDataString(dataUrl[(dataUrl.IndexOf(',') + 1)..]);
    }

    async Task<string> RenderAsync(string figureJson, string format, ChartImageSize size, CancellationToken cancel)
    {
        await one.WaitAsync(cancel);
        try
        {
            var drawing = await PageAsync();
            return await drawing.EvaluateFunctionAsync<string>(
                "(json, format, width, height, scale) => { const f = JSON.parse(json); " +
                "return Plotly.toImage({ data: f.data, layout: f.layout, config: { staticPlot: true } }, { format, width, height, scale }); }",
                figureJson, format, size.Width, size.Height, size.Scale).WaitAsync(TimeSpan.FromSeconds(60), cancel);
        }
        finally
        {
            one.Release();
        }
    }

    async Task<IPage> PageAsync()
    {
        if (page is not null) return page;
        browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Arguments,
            Timeout = 60_000,
        });
        page = await browser.NewPageAsync();
        await page.SetContentAsync($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>{PlotlyScript()}</script></head><body></body></html>");
        return page;
    }

    /// <summary>The plotly.js Plotly.NET embeds (Globals.PLOTLYJS_VERSION): the same version the kit's pages pin.</summary>
    static string PlotlyScript()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = $"Plotly.NET.plotly-{PlotlyChart.PlotlyJsVersion}.min.js";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Plotly.NET carries no resource {name}; its plotly.js version changed without the kit's pin (PlotlyChart.PlotlyJsVersion).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        browser = null;
        page = null;
        one.Dispose();
    }

    // Plotly.NET.ImageExport's interface: base64 strings for PNG and JPG, SVG text; Save* write PATH.png/.jpg/.svg as ImageExport does.

    async Task<string> Base64Async(string format, int width, int height, double scale, GenericChart chart)
    {
        var dataUrl = await RenderAsync(PlotlyChart.FigureJson(chart), format, new ChartImageSize(width, height, scale), CancellationToken.None);
        if (format != "png") return dataUrl[(dataUrl.IndexOf(',') + 1)..];
        return Convert.ToBase64String(PngChunks.WithoutTextAndTime(Convert.FromBase64String(dataUrl[(dataUrl.IndexOf(',') + 1)..])));
    }

    public Task<string> RenderJPGAsync(int width, int height, double scale, GenericChart gChart) => Base64Async("jpeg", width, height, scale, gChart);
    public string RenderJPG(int width, int height, double scale, GenericChart gChart) => RenderJPGAsync(width, height, scale, gChart).GetAwaiter().GetResult();
    public async Task<Unit> SaveJPGAsync(string path, int width, int height, double scale, GenericChart gChart)
    {
        await File.WriteAllBytesAsync(path + ".jpg", Convert.FromBase64String(await RenderJPGAsync(width, height, scale, gChart)));
        return null!;
    }
    public void SaveJPG(string path, int width, int height, double scale, GenericChart gChart) => SaveJPGAsync(path, width, height, scale, gChart).GetAwaiter().GetResult();

    public Task<string> RenderPNGAsync(int width, int height, double scale, GenericChart gChart) => Base64Async("png", width, height, scale, gChart);
    public string RenderPNG(int width, int height, double scale, GenericChart gChart) => RenderPNGAsync(width, height, scale, gChart).GetAwaiter().GetResult();
    public async Task<Unit> SavePNGAsync(string path, int width, int height, double scale, GenericChart gChart)
    {
        await File.WriteAllBytesAsync(path + ".png", Convert.FromBase64String(await RenderPNGAsync(width, height, scale, gChart)));
        return null!;
    }
    public void SavePNG(string path, int width, int height, double scale, GenericChart gChart) => SavePNGAsync(path, width, height, scale, gChart).GetAwaiter().GetResult();

    public Task<string> RenderSVGAsync(int width, int height, double scale, GenericChart gChart) =>
        RenderSvgAsync(gChart, new ChartImageSize(width, height, scale));
    public string RenderSVG(int width, int height, double scale, GenericChart gChart) => RenderSVGAsync(width, height, scale, gChart).GetAwaiter().GetResult();
    public async Task<Unit> SaveSVGAsync(string path, int width, int height, double scale, GenericChart gChart)
    {
        await File.WriteAllTextAsync(path + ".svg", await RenderSVGAsync(width, height, scale, gChart));
        return null!;
    }
    public void SaveSVG(string path, int width, int height, double scale, GenericChart gChart) => SaveSVGAsync(path, width, height, scale, gChart).GetAwaiter().GetResult();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"chromium chart renderer ({executable}, plotly.js {PlotlyChart.PlotlyJsVersion})");
}
