namespace Research.Tests.Presentation;

using System.Text.Json.Nodes;
using Research;

/// <summary>The kit's charts are Plotly.NET figures: the traces each factory draws on the seed corpus, deterministic HTML, escaping, empty data.</summary>
public class ChartsTests
{
    static readonly Lazy<Research.Corpus> Seed = new(() => Research.Corpus.Load(RepoPaths.Seed));
    static readonly Lazy<IReadOnlyList<AlignedPair>> Pairs = new(() => SentenceAligner.Align(Seed.Value));
    static readonly Lazy<QuoteSet> SeedQuotes = new(() => Quotes.Extract(Seed.Value));

    static JsonObject Figure(PlotlyChart chart) => JsonNode.Parse(chart.ToJson())!.AsObject();
    static List<string> TraceTypes(PlotlyChart chart) => Figure(chart)["data"]!.AsArray().Select(t => t!["type"]!.GetValue<string>()).ToList();
    static string TitleText(PlotlyChart chart) => Figure(chart)["layout"]!["title"]!["text"]!.GetValue<string>().Replace("<br>", " ", StringComparison.Ordinal);

    public static TheoryData<string> Factories() => new(Build.Keys);

    static readonly Dictionary<string, Func<PlotlyChart>> Build = new()
    {
        ["CorpusCharts.LengthsByOutlet"] = () => CorpusCharts.LengthsByOutlet(Seed.Value),
        ["CorpusCharts.ArticlesByDate"] = () => CorpusCharts.ArticlesByDate(Seed.Value),
        ["CorpusCharts.ArticlesPerEvent"] = () => CorpusCharts.ArticlesPerEvent(Seed.Value),
        ["CorpusCharts.RemovalsByRule"] = () => CorpusCharts.RemovalsByRule(Seed.Value),
        ["WordingCharts.SourceSimilarity"] = () => WordingCharts.SourceSimilarity(Seed.Value, SourceRelations.Between(Seed.Value, Pairs.Value)),
        ["WordingCharts.Coverage"] = () => WordingCharts.Coverage(Seed.Value, Collation.Collate(Seed.Value, Pairs.Value)),
        ["QuoteCharts.SpeakersBySource"] = () => QuoteCharts.SpeakersBySource(SeedQuotes.Value),
        ["QuoteCharts.ClusterSourceMatrix"] = () => QuoteCharts.ClusterSourceMatrix(SeedQuotes.Value),
        ["QuoteCharts.QuotesBySource"] = () => QuoteCharts.QuotesBySource(SeedQuotes.Value),
        ["DisagreementCharts.ByKindAndVerdict"] = () => DisagreementCharts.ByKindAndVerdict(DisagreementReport.Build(Seed.Value)),
        ["DisagreementCharts.NumericRanges"] = () => DisagreementCharts.NumericRanges(Seed.Value, NumericDisagreements.Find(Seed.Value, NumericClaims.Extract(Seed.Value))),
        ["OutletCharts.QuoteMatchRate"] = () => OutletCharts.QuoteMatchRate(OutletProfiles.Aggregate(OutletProfiles.PerEvent(Seed.Value)), minQuotes: 1),
    };

    static readonly Dictionary<string, string[]> Expected = new()
    {
        ["CorpusCharts.LengthsByOutlet"] = ["bar"],
        ["CorpusCharts.ArticlesByDate"] = ["bar"],
        ["CorpusCharts.ArticlesPerEvent"] = ["bar"],
        ["CorpusCharts.RemovalsByRule"] = ["bar"],
        ["WordingCharts.SourceSimilarity"] = ["heatmap"],
        ["WordingCharts.Coverage"] = ["heatmap", "scatter", "scatter"],
        ["QuoteCharts.SpeakersBySource"] = ["bar"],
        ["QuoteCharts.ClusterSourceMatrix"] = ["heatmap", "scatter", "scatter", "scatter"],
        ["QuoteCharts.QuotesBySource"] = ["bar", "bar"],
        ["DisagreementCharts.ByKindAndVerdict"] = ["bar"],
        ["DisagreementCharts.NumericRanges"] = ["scatter"],
        ["OutletCharts.QuoteMatchRate"] = ["bar"],
    };

    [Theory]
    [MemberData(nameof(Factories))]
    public void Each_factory_gives_a_plotly_net_figure_with_its_traces_and_its_data_table(string factory)
    {
        var chart = Build[factory]();
        Plotly.NET.GenericChart figure = chart;                       // a Plotly.NET figure, to restyle with its API
        Assert.Same(chart.Figure, figure);
        var types = TraceTypes(chart);
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Contains(t, Expected[factory]));
        Assert.Contains(Expected[factory][0], types);
        Assert.NotEmpty(chart.DataTable.Rows);
        Assert.DoesNotContain("Nothing to show", chart.ToJson());
        Assert.Equal(chart.ToHtml(), Build[factory]().ToHtml());      // a rerun gives the same bytes
    }

    [Fact]
    public void Html_has_a_div_id_hashed_from_the_figure_and_no_guid()
    {
        var a = Charts.Bar("Quotes", [("VOA", 3), ("Reuters", 2)]);
        var b = Charts.Bar("Quotes", [("VOA", 3), ("Reuters", 2)]);
        var c = Charts.Bar("Quotes", [("VOA", 4), ("Reuters", 2)]);
        Assert.Equal(a.ToJson(), b.ToJson());
        Assert.Equal(a.ToHtml(), b.ToHtml());
        Assert.StartsWith($"<div id=\"{PlotlyChart.DivId(a.ToJson())}\"", a.ToHtml());
        Assert.NotEqual(PlotlyChart.DivId(a.ToJson()), PlotlyChart.DivId(c.ToJson()));
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", a.ToHtml());
    }

    [Fact]
    public void A_reader_restyles_a_chart_with_plotly_net_and_keeps_its_table()
    {
        var chart = Charts.Bar("Quotes", [("VOA", 3), ("Reuters", 2)]);
        var wider = chart.With(f => Plotly.NET.CSharp.GenericChartExtensions.WithSize(f, 900, 500));
        Assert.Equal(900, Figure(wider)["layout"]!["width"]!.GetValue<int>());
        Assert.Same(chart.DataTable, wider.DataTable);
        Assert.NotEqual(chart.ToHtml(), wider.ToHtml());
        Assert.Null(Figure(chart)["layout"]!["width"]);                 // the original is left as it was
        Assert.Equal(TraceTypes(chart), TraceTypes(wider));
    }

    [Fact]
    public void Labels_titles_and_hover_text_holding_html_are_shown_as_text()
    {
        var chart = Charts.StackedBar("<img src=x onerror=alert(1)>", [("<script>alert(1)</script>", "<b>outlet</b>", 1)], "<i>x</i>", "y");
        var json = chart.ToJson();
        Assert.DoesNotContain("<script>", json);
        Assert.DoesNotContain("<img", json);
        Assert.DoesNotContain("<b>outlet", json);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", json);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(chart.ToHtml(), "</script", System.Text.RegularExpressions.RegexOptions.IgnoreCase));  // only the closing tag
        Assert.Equal("<script>alert(1)</script>", chart.DataTable.Rows[0][0]);   // the table keeps the value as it is
    }

    [Fact]
    public void A_chart_with_no_data_says_nothing_to_show_in_words()
    {
        var empty = Charts.Bar("Quotes per outlet", [], "outlet", "quotes", "no quotes were found.");
        Assert.Contains("Nothing to show: no quotes were found.", empty.ToJson());
        Assert.Empty(empty.DataTable.Rows);
        Assert.Equal(["scatter"], TraceTypes(empty));
        Assert.Contains("Nothing to show", Charts.Heatmap("h", [], [], (_, _) => 1).ToJson());
        Assert.Contains("Nothing to show", DisagreementCharts.NumericRanges(Seed.Value, []).ToJson());
    }

    [Fact]
    public void Count_axes_have_integer_ticks()
    {
        var yaxis = Figure(Charts.Bar("b", [("a", 1), ("b", 2)], "x", "articles"))["layout"]!["yaxis"]!;
        Assert.Equal(",d", yaxis["tickformat"]!.GetValue<string>());
        Assert.Equal(1, yaxis["dtick"]!.GetValue<int>());
        Assert.Null(Figure(Charts.Bar("b", [("a", 0.25)], "x", "share", valueFormat: ".0%"))["layout"]!["yaxis"]!["dtick"]);
    }

    [Fact]
    public void Yes_no_coverage_is_drawn_with_two_colours_and_no_colour_bar()
    {
        var chart = WordingCharts.Coverage(Seed.Value, Collation.Collate(Seed.Value, Pairs.Value));
        var heatmap = Figure(chart)["data"]![0]!;
        Assert.False(heatmap["showscale"]!.GetValue<bool>());
        var colours = heatmap["colorscale"]!.AsArray().Select(s => s![1]!.GetValue<string>()).Distinct().ToList();
        Assert.Equal([ChartPalette.Of("carried"), ChartPalette.Absent], colours);
        var legend = Figure(chart)["data"]!.AsArray().Skip(1).Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["carried", "not carried"], legend);
    }

    [Fact]
    public void A_chart_that_leaves_rows_out_says_how_many_and_how_to_see_all()
    {
        var speakers = QuoteReport.BySpeaker(SeedQuotes.Value).Count;
        var title = TitleText(QuoteCharts.SpeakersBySource(SeedQuotes.Value, topSpeakers: 1));
        Assert.Contains($"1 of {speakers} speakers shown; SpeakersBySource(quotes, topSpeakers: {speakers}) shows all.", title);
        var numbers = NumericDisagreements.Find(Seed.Value, NumericClaims.Extract(Seed.Value));
        Assert.DoesNotContain(" shown", TitleText(DisagreementCharts.NumericRanges(Seed.Value, numbers)));
    }

    [Fact]
    public void A_verdict_or_outlet_keeps_its_colour_whatever_the_order_or_corpus()
    {
        Assert.Equal(ChartPalette.Of("conflict"), ChartPalette.Of(" Conflict "));
        Assert.Equal(ChartPalette.OfName("Reuters"), ChartPalette.OfName("reuters"));
        var ab = Figure(Charts.StackedBar("s", [("x", "Reuters", 1), ("x", "TASS", 1)]))["data"]!.AsArray();
        var ba = Figure(Charts.StackedBar("s", [("x", "TASS", 1), ("x", "Reuters", 1)]))["data"]!.AsArray();
        string ColourOf(JsonArray traces, string name) => traces.Single(t => t!["name"]!.GetValue<string>() == name)!["marker"]!["color"]!.GetValue<string>();
        Assert.Equal(ColourOf(ab, "Reuters"), ColourOf(ba, "Reuters"));
        Assert.Equal(ColourOf(ab, "TASS"), ColourOf(ba, "TASS"));
        Assert.Equal("#ffbe7d", ChartPalette.OfName("Reuters"));          // FNV-1a, the same in every process and build (string.GetHashCode is not)
    }

    [Fact]
    public void Package_json_pins_the_plotly_js_that_plotly_net_targets()
    {
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "lib", "Research.Notebooks", "package.json")))!;
        Assert.Equal(PlotlyChart.PlotlyJsVersion, package["dependencies"]!["plotly.js-dist-min"]!.GetValue<string>());
        Assert.Contains("@" + PlotlyChart.PlotlyJsVersion + "/", PlotlyChart.PlotlyCdn);
    }
}
