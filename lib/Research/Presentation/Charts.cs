using System.Text.Json.Nodes;

namespace Research;

/// <summary>The kinds of chart the notebooks draw, each from plain rows; every chart keeps its numbers as a table.</summary>
public static class Charts
{
    /// <summary>One bar a category.</summary>
    public static PlotlyChart Bar(string title, IEnumerable<(string Category, double Value)> bars, string xTitle = "", string yTitle = "")
    {
        var rows = bars.ToList();
        var trace = new JsonObject
        {
            ["type"] = "bar",
            ["x"] = Array(rows.Select(r => r.Category)),
            ["y"] = Array(rows.Select(r => r.Value)),
        };
        return new PlotlyChart([trace], Layout(title, xTitle, yTitle),
            new Table([Name(xTitle, "category"), Name(yTitle, "value")], rows.Select(r => (IReadOnlyList<object?>)[r.Category, r.Value]).ToList(), title));
    }

    /// <summary>Stacked bars: one bar a category, one coloured segment a series (e.g. quotes per speaker per outlet).</summary>
    public static PlotlyChart StackedBar(string title, IEnumerable<(string Category, string Series, double Value)> cells, string xTitle = "", string yTitle = "")
    {
        var rows = cells.ToList();
        var categories = rows.Select(r => r.Category).Distinct().ToList();
        var traces = new JsonArray();
        foreach (var series in rows.Select(r => r.Series).Distinct())
            traces.Add(new JsonObject
            {
                ["type"] = "bar",
                ["name"] = series,
                ["x"] = Array(categories),
                ["y"] = Array(categories.Select(c => rows.Where(r => r.Category == c && r.Series == series).Sum(r => r.Value))),
            });
        var layout = Layout(title, xTitle, yTitle);
        layout["barmode"] = "stack";
        return new PlotlyChart(traces, layout,
            new Table([Name(xTitle, "category"), "series", Name(yTitle, "value")], rows.Select(r => (IReadOnlyList<object?>)[r.Category, r.Series, r.Value]).ToList(), title));
    }

    /// <summary>The spread of values in each category as box plots with every point shown (e.g. article lengths by outlet).</summary>
    public static PlotlyChart Box(string title, IEnumerable<(string Category, string Label, double Value)> points, string xTitle = "", string yTitle = "")
    {
        var rows = points.ToList();
        var trace = new JsonObject
        {
            ["type"] = "box",
            ["x"] = Array(rows.Select(r => r.Category)),
            ["y"] = Array(rows.Select(r => r.Value)),
            ["text"] = Array(rows.Select(r => r.Label)),
            ["boxpoints"] = "all",
            ["jitter"] = 0.4,
            ["pointpos"] = 0,
        };
        return new PlotlyChart([trace], Layout(title, xTitle, yTitle),
            new Table([Name(xTitle, "category"), "label", Name(yTitle, "value")], rows.Select(r => (IReadOnlyList<object?>)[r.Category, r.Label, r.Value]).ToList(), title));
    }

    /// <summary>A heatmap of a matrix: rows by columns (e.g. source by source similarity). Null cells stay blank.</summary>
    public static PlotlyChart Heatmap(string title, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, Func<int, int, double?> value, string colorTitle = "")
    {
        var z = new JsonArray();
        var table = new List<IReadOnlyList<object?>>();
        for (var r = 0; r < rowLabels.Count; r++)
        {
            var row = new JsonArray();
            for (var c = 0; c < columnLabels.Count; c++)
            {
                var v = value(r, c);
                row.Add(v is double d ? JsonValue.Create(Math.Round(d, 4)) : null);
                table.Add([rowLabels[r], columnLabels[c], v]);
            }
            z.Add(row);
        }
        var trace = new JsonObject
        {
            ["type"] = "heatmap",
            ["x"] = Array(columnLabels),
            ["y"] = Array(rowLabels),
            ["z"] = z,
            ["colorscale"] = "Blues",
            ["reversescale"] = true,                                  // plotly.js's Blues runs dark to light
            ["colorbar"] = new JsonObject { ["title"] = new JsonObject { ["text"] = colorTitle } },
        };
        var layout = Layout(title, "", "");
        layout["yaxis"] = new JsonObject { ["autorange"] = "reversed", ["automargin"] = true };
        return new PlotlyChart([trace], layout, new Table(["row", "column", Name(colorTitle, "value")], table, title));
    }

    /// <summary>
    /// Each source's value of each topic, one subplot a topic on its own scale and one row a source: the marker at the
    /// stated value, the bar the range its wording allows ("more than 90,000" reaches right).
    /// </summary>
    public static PlotlyChart RangesByTopic(string title, IEnumerable<(string Topic, string Source, double Value, double Low, double High, string Text)> values, string xTitle = "")
    {
        var rows = values.ToList();
        var topics = rows.Select(r => r.Topic).Distinct().ToList();
        var traces = new JsonArray();
        var layout = Layout(title, "", "");
        layout.Remove("xaxis");
        layout.Remove("yaxis");
        for (var t = 0; t < topics.Count; t++)
        {
            var mine = rows.Where(r => r.Topic == topics[t]).ToList();
            var axis = t == 0 ? "" : (t + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            traces.Add(new JsonObject
            {
                ["type"] = "scatter",
                ["mode"] = "markers+text",
                ["showlegend"] = false,
                ["x"] = Array(mine.Select(r => r.Value)),
                ["y"] = Array(mine.Select(r => r.Source)),
                ["text"] = Array(mine.Select(r => r.Text)),
                ["textposition"] = "top center",
                ["cliponaxis"] = false,
                ["marker"] = new JsonObject { ["size"] = 11 },
                ["error_x"] = new JsonObject
                {
                    ["type"] = "data", ["symmetric"] = false, ["visible"] = true, ["thickness"] = 3, ["width"] = 0,
                    ["array"] = Array(mine.Select(r => r.High - r.Value)),
                    ["arrayminus"] = Array(mine.Select(r => r.Value - r.Low)),
                },
                ["xaxis"] = "x" + axis,
                ["yaxis"] = "y" + axis,
            });
            layout["xaxis" + axis] = new JsonObject { ["title"] = new JsonObject { ["text"] = t == topics.Count - 1 ? xTitle : "" }, ["automargin"] = true };
            layout["yaxis" + axis] = new JsonObject { ["title"] = new JsonObject { ["text"] = topics[t] }, ["automargin"] = true, ["type"] = "category" };
        }
        layout["grid"] = new JsonObject { ["rows"] = topics.Count, ["columns"] = 1, ["pattern"] = "independent", ["ygap"] = 0.45 };
        layout["height"] = 120 + 150 * topics.Count;
        return new PlotlyChart(traces, layout,
            new Table(["topic", "source", "value", "low", "high", "as written"], rows.Select(r => (IReadOnlyList<object?>)[r.Topic, r.Source, r.Value, r.Low, r.High, r.Text]).ToList(), title));
    }

    static JsonObject Layout(string title, string xTitle, string yTitle) => new()
    {
        ["title"] = new JsonObject { ["text"] = title },
        ["xaxis"] = new JsonObject { ["title"] = new JsonObject { ["text"] = xTitle }, ["automargin"] = true },
        ["yaxis"] = new JsonObject { ["title"] = new JsonObject { ["text"] = yTitle }, ["automargin"] = true },
        ["margin"] = new JsonObject { ["t"] = 50 },
    };

    static JsonArray Array<T>(IEnumerable<T> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    static string Name(string title, string fallback) => string.IsNullOrWhiteSpace(title) ? fallback : title;
}
