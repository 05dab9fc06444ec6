using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Research.Notebooks.Runner;
using Research.Notebooks.Tests.Runner;

namespace Research.Notebooks.Tests.Rendering;

/// <summary>
/// The committed notebooks as a reader meets them: each rendered page draws every chart and no two text labels of a
/// chart overlap (Chromium); every chart carries a still image, and nbconvert's HTML with scripts stripped (GitHub,
/// nbviewer) shows it.
/// </summary>
public sealed partial class ShippedNotebookTests : IDisposable
{
    const string PlotlyMime = "application/vnd.plotly.v1+json";
    readonly string folder = Directory.CreateTempSubdirectory("research-shipped-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static string Root()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Research.sln"))) root = Path.GetDirectoryName(root)!;
        return root;
    }

    static string[] Notebooks() => Directory.GetFiles(Path.Combine(Root(), "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToArray();

    static IEnumerable<JsonObject> ChartOutputs(NotebookFile notebook) =>
        notebook.Cells.Select(c => c!.AsObject()).Where(c => c["outputs"] is JsonArray)
            .SelectMany(c => c["outputs"]!.AsArray().Select(o => o!.AsObject()))
            .Where(o => o["data"] is JsonObject data && data.ContainsKey(PlotlyMime));

    [Fact]
    public void Every_chart_output_of_the_committed_notebooks_carries_a_png()
    {
        var charts = 0;
        foreach (var path in Notebooks())
            foreach (var output in ChartOutputs(NotebookFile.Read(path)))
            {
                charts++;
                var png = output["data"]!["image/png"];
                Assert.True(png is not null, $"{Path.GetFileName(path)}: a chart without image/png");
                var bytes = Convert.FromBase64String(NotebookFile.Text(png).Replace("\n", ""));
                Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
                var (width, height) = (ReadInt(bytes, 16), ReadInt(bytes, 20));
                Assert.True(width > 100 && height > 100, $"{Path.GetFileName(path)}: a {width}×{height} image");
            }
        Assert.True(charts >= 10, $"only {charts} charts in the shipped notebooks");
    }

    static int ReadInt(byte[] b, int at) => b[at] << 24 | b[at + 1] << 16 | b[at + 2] << 8 | b[at + 3];

    [ToolFact("nbconvert")]
    public void Nbconvert_html_with_scripts_stripped_shows_every_chart_as_an_image()
    {
        foreach (var path in Notebooks())
        {
            var charts = ChartOutputs(NotebookFile.Read(path)).Count();
            var (code, output) = Run("/usr/bin/jupyter", "nbconvert", "--to", "html", "--HTMLExporter.exclude_input=False", "--output-dir", folder, path);
            Assert.True(code == 0, output);
            var html = File.ReadAllText(Path.Combine(folder, Path.GetFileNameWithoutExtension(path) + ".html"));
            var stripped = Script().Replace(html, "");
            var images = PngImage().Matches(stripped).Count;
            Assert.True(images >= charts, $"{Path.GetFileName(path)}: {images} images for {charts} charts with scripts stripped");
        }
    }

    [ToolFact("chromium")]
    public void Every_rendered_page_draws_all_its_charts_and_no_two_labels_of_a_chart_overlap()
    {
        var plotly = PlotlyScript.Locate();
        Assert.True(plotly is not null, "the build did not install plotly.js (npm ci in lib/Research.Notebooks)");
        var script = File.ReadAllText(plotly!);
        var problems = new List<string>();
        foreach (var path in Notebooks())
        {
            var notebook = NotebookFile.Read(path);
            var charts = ChartOutputs(notebook).Count();
            var page = Path.Combine(folder, Path.GetFileNameWithoutExtension(path) + ".html");
            File.WriteAllText(page, NotebookHtml.Render(notebook, script).Replace("</body>", "<script>" + LabelCheck + "</script></body>", StringComparison.Ordinal));
            var (code, dom) = Run("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + Path.Combine(folder, "profile"),
                "--window-size=1200,3000", "--virtual-time-budget=20000", "--dump-dom", "file://" + page);
            Assert.True(code == 0, dom);
            var match = CheckResult().Match(dom);
            Assert.True(match.Success, $"{Path.GetFileName(path)}: the label check did not run");
            var result = JsonNode.Parse(System.Net.WebUtility.HtmlDecode(match.Groups[1].Value))!;
            var drawn = result["plots"]!.GetValue<int>();
            if (drawn != charts) problems.Add($"{Path.GetFileName(path)}: {drawn} of {charts} charts drawn");
            problems.AddRange(result["overlaps"]!.AsArray().Select(o => $"{Path.GetFileName(path)}: {o}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // After the page has drawn: each Plotly chart with an SVG counts as drawn; the boxes of its visible text elements
    // (ticks, axis and chart titles, legend entries, annotations, value labels) and the chart's toolbar are compared
    // pairwise, and any two that share more than a pixel each way are reported.
    const string LabelCheck = """
        window.addEventListener("load",function(){setTimeout(function(){var out={plots:0,overlaps:[]};
        [].forEach.call(document.querySelectorAll(".js-plotly-plot"),function(p,n){if(!p.querySelector(".main-svg"))return;out.plots++;
        var texts=[].filter.call(p.querySelectorAll("svg text"),function(t){var s=getComputedStyle(t),r=t.getBoundingClientRect();
        return t.textContent.trim()!==""&&r.width>0&&r.height>0&&s.display!=="none"&&s.visibility!=="hidden"&&+s.opacity>0;});
        var boxes=texts.map(function(t){return t.getBoundingClientRect();});var bar=p.querySelector(".modebar");
        if(bar&&bar.getBoundingClientRect().width>0){texts.push({textContent:"the chart toolbar"});boxes.push(bar.getBoundingClientRect());}
        for(var i=0;i<boxes.length;i++)for(var j=i+1;j<boxes.length;j++){var a=boxes[i],b=boxes[j];
        var x=Math.min(a.right,b.right)-Math.max(a.left,b.left),y=Math.min(a.bottom,b.bottom)-Math.max(a.top,b.top);
        if(x>1&&y>1)out.overlaps.push("chart "+(n+1)+" ("+p.id+"): \""+texts[i].textContent+"\" overlaps \""+texts[j].textContent+"\"");}});
        var pre=document.createElement("pre");pre.id="label-check";pre.textContent=JSON.stringify(out);document.body.appendChild(pre);},2000);});
        """;

    [GeneratedRegex("<script\\b.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    [GeneratedRegex("<img\\b[^>]*src=\"data:image/png;base64,", RegexOptions.IgnoreCase)]
    private static partial Regex PngImage();

    [GeneratedRegex("<pre id=\"label-check\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex CheckResult();

    static (int Code, string Output) Run(string program, params string[] arguments) =>
        ChildProcess.RunAsync(program, arguments, [], TimeSpan.FromMinutes(3)).GetAwaiter().GetResult();
}
