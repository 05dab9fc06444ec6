using System.Text.Json.Nodes;
using Research.Notebooks.Rendering;
using Research.Notebooks.Tests.Runner;

namespace Research.Notebooks.Tests.Rendering;

/// <summary>One browser for all the image tests, as for all the charts of a run.</summary>
public sealed class SharedRenderer : IAsyncLifetime
{
    public ChromiumChartRenderer? Renderer { get; } = ChromiumChartRenderer.TryCreate();
    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync()
    {
        if (Renderer is not null) await Renderer.DisposeAsync();
    }
}

/// <summary>Still images of charts with Debian's chromium: byte-identical on a rerun, decodable, at the size asked; and the mime bundle the engine shows.</summary>
public sealed class ChartImageTests(SharedRenderer shared) : IClassFixture<SharedRenderer>
{
    static readonly Lazy<Research.Corpus> Seed = new(() =>
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Research.sln"))) root = Path.GetDirectoryName(root)!;
        return Research.Corpus.Load(Path.Combine(root, "data", "blinken-lavrov-2021-12"));
    });

    ChromiumChartRenderer Renderer => shared.Renderer ?? throw new InvalidOperationException(ChromiumChartRenderer.MissingNote());

    static PlotlyChart SeedChart() => DisagreementCharts.ByKindAndVerdict(DisagreementReport.Build(Seed.Value));

    [ToolFact("chromium")]
    public async Task A_png_is_byte_identical_across_two_renders_and_two_browsers_and_decodable()
    {
        var chart = SeedChart();
        var first = await Renderer.RenderPngAsync(chart.Figure);
        var again = await Renderer.RenderPngAsync(SeedChart().Figure);
        await using var other = new ChromiumChartRenderer();
        var otherBrowser = await other.RenderPngAsync(chart.Figure);
        Assert.Equal(first, again);
        Assert.Equal(first, otherBrowser);
        Assert.True(PngChunks.IsPng(first));
        var size = ChartImageSize.Of(chart.Figure);
        Assert.Equal((ChartImageSize.DefaultWidth, size.Height), PngChunks.Size(first));
        Assert.Equal("IHDR", PngChunks.Names(first)[0]);
        Assert.Equal("IEND", PngChunks.Names(first)[^1]);
        Assert.DoesNotContain(PngChunks.Names(first), n => n is "tEXt" or "zTXt" or "iTXt" or "tIME");
        Assert.True(first.Length > 5_000, $"a {first.Length}-byte PNG is too small to hold a drawn chart");
    }

    [ToolFact("chromium")]
    public async Task Every_seed_chart_renders_at_its_own_height()
    {
        var pairs = SentenceAligner.Align(Seed.Value);
        var quotes = Quotes.Extract(Seed.Value);
        PlotlyChart[] charts =
        [
            CorpusCharts.LengthsByOutlet(Seed.Value), CorpusCharts.ArticlesByDate(Seed.Value), CorpusCharts.RemovalsByRule(Seed.Value),
            WordingCharts.SourceSimilarity(Seed.Value, SourceRelations.Between(Seed.Value, pairs)), WordingCharts.Coverage(Seed.Value, Collation.Collate(Seed.Value, pairs)),
            QuoteCharts.SpeakersBySource(quotes), QuoteCharts.ClusterSourceMatrix(quotes),
            DisagreementCharts.NumericRanges(Seed.Value, NumericDisagreements.Find(Seed.Value, NumericClaims.Extract(Seed.Value))),
            Charts.Bar("Nothing", [], "x", "y", "no rows."),
        ];
        foreach (var chart in charts)
        {
            var png = await Renderer.RenderPngAsync(chart.Figure);
            Assert.Equal((ChartImageSize.DefaultWidth, ChartImageSize.Of(chart.Figure).Height), PngChunks.Size(png));
        }
    }

    [ToolFact("chromium")]
    public async Task An_svg_is_an_svg_document()
    {
        var svg = await Renderer.RenderSvgAsync(Charts.Bar("Quotes", [("VOA", 3), ("Reuters", 2)]).Figure, new ChartImageSize(600, 400));
        Assert.StartsWith("<svg", svg);
        Assert.Contains("Reuters", svg);
    }

    [ToolFact("chromium")]
    public async Task The_bundle_carries_the_figure_html_with_a_hashed_id_and_the_image_and_is_the_same_on_a_rerun()
    {
        var chart = SeedChart();
        var bundle = await ChartOutput.BundleAsync(chart, Renderer);
        Assert.Equal(["application/vnd.plotly.v1+json", "text/html", "image/png", "text/plain"], bundle.Keys);
        var html = bundle["text/html"].GetValue<string>();
        Assert.StartsWith($"<div id=\"{PlotlyChart.DivId(chart.ToJson())}\"", html);
        Assert.Contains("<img alt=", html);
        Assert.Contains(bundle["image/png"].GetValue<string>(), html);
        Assert.Equal("bar", bundle["application/vnd.plotly.v1+json"]["data"]![0]!["type"]!.GetValue<string>());
        var again = await ChartOutput.BundleAsync(SeedChart(), Renderer);
        Assert.Equal(Serialize(bundle), Serialize(again));
    }

    [Fact]
    public async Task Without_chromium_a_one_line_note_replaces_the_image_and_the_live_chart_stays()
    {
        var bundle = await ChartOutput.BundleAsync(Charts.Bar("Quotes", [("VOA", 3)]), images: null);
        Assert.False(bundle.ContainsKey("image/png"));
        Assert.Contains("apt-get install chromium", bundle["text/html"].GetValue<string>());
        Assert.Contains("Plotly.newPlot", bundle["text/html"].GetValue<string>());
        Assert.Single(bundle["text/plain"].GetValue<string>().Split('\n'), l => l.StartsWith("No still image", StringComparison.Ordinal));
        Assert.True(bundle.ContainsKey("application/vnd.plotly.v1+json"));
    }

    [ToolFact("chromium")]
    public async Task Plotly_net_code_can_use_it_as_an_image_export_renderer()
    {
        Plotly.NET.ImageExport.IGenericChartRenderer export = Renderer;
        var png = Convert.FromBase64String(await export.RenderPNGAsync(500, 300, 1.0, Charts.Bar("Quotes", [("VOA", 3)]).Figure));
        Assert.Equal((500, 300), PngChunks.Size(png));
    }

    static string Serialize(IReadOnlyDictionary<string, JsonNode> bundle) => new JsonObject(bundle.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value.DeepClone()))).ToJsonString();
}
