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
            ["colorbar"] = new JsonObject { ["title"] = new JsonObject { ["text"] = colorTitle } },
        };
        var layout = Layout(title, "", "");
        layout["yaxis"] = new JsonObject { ["autorange"] = "reversed", ["automargin"] = true };
        return new PlotlyChart([trace], layout, new Table(["row", "column", Name(colorTitle, "value")], table, title));
    }

    /// <summary>Points with optional low-high ranges drawn as horizontal bars (e.g. each source's value of a claim).</summary>
    public static PlotlyChart Ranges(string title, IEnumerable<(string Label, string Series, double Low, double High)> ranges, string xTitle = "")
    {
        var rows = ranges.ToList();
        var traces = new JsonArray();
        foreach (var series in rows.Select(r => r.Series).Distinct())
        {
            var mine = rows.Where(r => r.Series == series).ToList();
            traces.Add(new JsonObject
            {
                ["type"] = "scatter",
                ["mode"] = "markers",
                ["name"] = series,
                ["y"] = Array(mine.Select(r => r.Label)),
                ["x"] = Array(mine.Select(r => (r.Low + r.High) / 2)),
                ["error_x"] = new JsonObject
                {
                    ["type"] = "data", ["symmetric"] = true, ["visible"] = true,
                    ["array"] = Array(mine.Select(r => (r.High - r.Low) / 2)),
                },
                ["marker"] = new JsonObject { ["size"] = 10 },
            });
        }
        var layout = Layout(title, xTitle, "");
        layout["yaxis"] = new JsonObject { ["automargin"] = true, ["type"] = "category" };
        return new PlotlyChart(traces, layout,
            new Table(["label", "series", "low", "high"], rows.Select(r => (IReadOnlyList<object?>)[r.Label, r.Series, r.Low, r.High]).ToList(), title));
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
