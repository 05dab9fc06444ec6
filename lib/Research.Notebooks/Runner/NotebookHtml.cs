using System.Text;
using System.Text.Json.Nodes;
using Markdig;
using Research;

namespace Research.Notebooks.Runner;

/// <summary>
/// A notebook as one standalone HTML page to mail or publish: markdown rendered, code highlighted, outputs shown,
/// and Plotly charts drawn from their figure JSON by plotly.js embedded in the page, so it works offline.
/// Deterministic: the same notebook gives the same bytes.
/// </summary>
public static class NotebookHtml
{
    /// <summary>Raw HTML in markdown cells is shown as text, not run: a page shared with others carries no script from a cell's prose.</summary>
    static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    /// <param name="plotlyScript">plotly.js to embed; null links the pinned CDN copy instead.</param>
    public static string Render(NotebookFile notebook, string? plotlyScript)
    {
        var body = new StringBuilder();
        var charts = 0;
        var cells = notebook.Cells.Select(c => c!.AsObject()).ToList();
        foreach (var cell in cells)
        {
            var source = NotebookFile.Source(cell);
            switch (cell["cell_type"]!.GetValue<string>())
            {
                case "markdown":
                    body.Append("<section class=\"markdown\">").Append(Markdig.Markdown.ToHtml(source, Markdown)).Append("</section>\n");
                    break;
                case "code":
                    var count = cell["execution_count"]?.GetValue<int>().ToString() ?? " ";
                    body.Append("<section class=\"code\"><div class=\"prompt\">[").Append(count).Append("]</div><pre class=\"source\"><code>")
                        .Append(CodeHighlighter.Highlight(source)).Append("</code></pre>\n");
                    foreach (var output in cell["outputs"]?.AsArray().OfType<JsonObject>() ?? [])
                        body.Append(Output(output, ref charts));
                    body.Append("</section>\n");
                    break;
            }
        }
        var title = cells.Where(c => c["cell_type"]!.GetValue<string>() == "markdown")
            .Select(c => NotebookFile.Source(c).Split('\n').FirstOrDefault(l => l.StartsWith('#'))?.TrimStart('#').Trim())
            .FirstOrDefault(t => !string.IsNullOrEmpty(t)) ?? Path.GetFileNameWithoutExtension(notebook.Path);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Escape(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n");
        if (charts > 0)
            page.Append(plotlyScript is null
                ? $"<script src=\"{PlotlyChart.PlotlyCdn}\"></script>\n"
                : "<script>" + plotlyScript.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase) + "</script>\n");
        page.Append("</head>\n<body>\n<main>\n").Append(body).Append("</main>\n<footer>Rendered from ")
            .Append(Html.Escape(Path.GetFileName(notebook.Path))).Append(" by the news comparison notebook kit.</footer>\n</body>\n</html>\n");
        return page.ToString();
    }

    static string Output(JsonObject output, ref int charts)
    {
        string Text(JsonNode? node) => node switch
        {
            JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>())),
            JsonValue v => v.GetValue<string>(),
            _ => "",
        };
        switch (output["output_type"]?.GetValue<string>())
        {
            case "stream":
                return $"<pre class=\"output {Html.Escape(output["name"]?.GetValue<string>())}\">{Html.Escape(Text(output["text"]))}</pre>\n";
            case "error":
                var trace = string.Join("\n", output["traceback"]?.AsArray().Select(t => t?.GetValue<string>()) ?? []);
                return $"<pre class=\"output error\">{Html.Escape(trace.Length > 0 ? trace : output["evalue"]?.GetValue<string>())}</pre>\n";
        }
        if (output["data"] is not JsonObject data) return "";
        if (data[PlotlyChart.MimeType] is JsonObject figure)
        {
            var id = $"chart-{++charts}";
            var json = figure.ToJsonString().Replace("</", "<\\/");
            // The space the figure asks for is kept before it draws, and no more (a fixed minimum left short charts in a blank band).
            var height = figure["layout"]?["height"] is JsonValue h && h.TryGetValue<double>(out var asked) ? $" style=\"min-height:{(int)asked}px\"" : "";
            return $"<div class=\"output chart\" id=\"{id}\"{height}></div>\n<script>(function(){{var f={json};Plotly.newPlot('{id}',f.data,f.layout,Object.assign({{responsive:true,displaylogo:false}},f.config||{{}}));}})();</script>\n";
        }
        if (data["text/html"] is JsonNode html) return $"<div class=\"output html\">{Text(html)}</div>\n";
        if (data["image/png"] is JsonNode png) return $"<div class=\"output\"><img alt=\"output\" src=\"data:image/png;base64,{Html.Escape(Text(png).Replace("\n", ""))}\"></div>\n";
        if (data["text/plain"] is JsonNode plain) return $"<pre class=\"output\">{Html.Escape(Text(plain))}</pre>\n";
        return "";
    }

    const string Style = """
        body{margin:0;background:#fafafa;color:#1f2328;font:16px/1.55 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif}
        main{max-width:1100px;margin:0 auto;padding:24px 32px 48px;background:#fff;box-shadow:0 0 0 1px #e5e7eb}
        section{margin:14px 0}
        .markdown h1{font-size:1.9em;border-bottom:1px solid #e5e7eb;padding-bottom:.3em}
        .code{position:relative}
        .prompt{position:absolute;left:-56px;width:48px;text-align:right;color:#8b949e;font:12px/2 monospace}
        pre{margin:0;overflow-x:auto;font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
        pre.source{background:#f6f8fa;border:1px solid #e5e7eb;border-radius:6px;padding:8px 12px}
        pre.output{padding:6px 12px;white-space:pre-wrap}
        pre.stderr{background:#fff8e6}
        pre.error{background:#ffebe9;color:#82071e;border-left:3px solid #cf222e}
        .output.html{padding:6px 0;overflow-x:auto}
        .output.chart{min-height:300px}
        .k{color:#cf222e}.s{color:#0a3069}.c{color:#6e7781;font-style:italic}.n{color:#0550ae}.d{color:#8250df}
        table{border-collapse:collapse;font-size:13px;margin:4px 0}
        th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top;max-width:520px}
        th{background:#f6f8fa;position:sticky;top:0}
        tr:nth-child(even) td{background:#fbfbfc}
        details summary{cursor:pointer;color:#0969da;margin:4px 0}
        footer{max-width:1100px;margin:0 auto;padding:12px 32px;color:#8b949e;font-size:13px}
        """;
}
