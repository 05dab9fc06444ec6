using DynObject = DynamicObj.DynamicObj;
using GenericChart = Plotly.NET.GenericChart;
using PlotlyConfig = Plotly.NET.Config;
using PlotlyLayout = Plotly.NET.Layout;

namespace Research;

/// <summary>
/// The kit's look, set on each chart by its factory (never through Plotly.NET's mutable global Defaults, which a
/// reader's cell could change): a left-aligned title that says the finding with a caption under it, room for the
/// toolbar (shown on hover only), axes that fit their labels, and integer ticks on count axes.
/// </summary>
internal sealed class FigureStyle
{
    readonly PlotlyLayout layout = new();
    readonly List<DynObject> annotations = [];

    public FigureStyle(string title, string? caption, int height)
    {
        var titleText = ChartText.Wrap(title, 80);
        var lines = titleText.Split("<br>").Length;
        if (!string.IsNullOrWhiteSpace(caption))
        {
            var captionText = ChartText.Wrap(caption, 115);
            lines += captionText.Split("<br>").Length;
            titleText += $"<br><span style=\"font-size:12px;color:#57606a\">{captionText}</span>";
        }
        var top = 34 + 21 * lines;
        Set("title", Obj(("text", titleText), ("x", 0), ("xref", "container"), ("xanchor", "left"), ("y", 1), ("yref", "container"),
            ("yanchor", "top"), ("pad", Obj(("t", 14), ("l", 14))), ("font", Obj(("size", 16)))));
        Set("height", height + top);
        Set("margin", Obj(("t", top + 10), ("l", 20), ("r", 20), ("b", 30), ("autoexpand", true)));
        Set("font", Obj(("family", "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif"), ("size", 13), ("color", "#1f2328")));
        Set("paper_bgcolor", "#ffffff");
        Set("plot_bgcolor", "#ffffff");
        Set("hoverlabel", Obj(("align", "left")));
        Set("legend", Obj(("title", Obj(("text", ""))), ("tracegroupgap", 4)));
    }

    public FigureStyle Set(string key, object value)
    {
        layout.SetProperty(key, value);
        return this;
    }

    /// <summary>A note on the plot (e.g. "nothing to show"), in paper coordinates.</summary>
    public FigureStyle Note(string text, double x, double y, string xAnchor = "center", string yAnchor = "middle", int size = 14) =>
        AddAnnotation(Obj(("text", text), ("x", x), ("y", y), ("xref", "paper"), ("yref", "paper"), ("xanchor", xAnchor), ("yanchor", yAnchor),
            ("showarrow", false), ("align", "left"), ("font", Obj(("size", size)))));

    public FigureStyle AddAnnotation(DynObject annotation)
    {
        annotations.Add(annotation);
        return this;
    }

    /// <summary>Applies the layout and the kit's config (toolbar on hover, no logo, responsive) to the chart.</summary>
    public GenericChart On(GenericChart chart)
    {
        if (annotations.Count > 0) layout.SetProperty("annotations", annotations.ToArray());
        var config = new PlotlyConfig();
        config.SetProperty("responsive", true);
        config.SetProperty("displaylogo", false);
        config.SetProperty("displayModeBar", "hover");
        config.SetProperty("modeBarButtonsToRemove", new[] { "lasso2d", "select2d", "autoScale2d" });
        return GenericChart.setConfig(config, GenericChart.setLayout(layout, chart));
    }

    /// <summary>A category axis whose tick labels are clipped to <paramref name="clip"/> characters (hover and table keep the full text).</summary>
    public static DynObject CategoryAxis(string title, IReadOnlyList<string> escapedCategories, IReadOnlyList<string> rawCategories, int clip, bool reversed = false)
    {
        var axis = Obj(("title", Obj(("text", ChartText.Escape(title)), ("standoff", 8))), ("type", "category"), ("automargin", true),
            ("tickmode", "array"), ("tickvals", escapedCategories.ToArray()), ("ticktext", rawCategories.Select(c => ChartText.Escape(ChartText.Clip(c, clip))).ToArray()),
            ("showgrid", false));
        if (reversed) axis.SetProperty("autorange", "reversed");
        return axis;
    }

    /// <summary>A value axis: integer ticks when every value is a whole number (no "0.5 articles"), else the given format.</summary>
    public static DynObject ValueAxis(string title, IEnumerable<double> values, string? format = null)
    {
        var all = values.Where(double.IsFinite).ToList();
        var axis = Obj(("title", Obj(("text", ChartText.Escape(title)), ("standoff", 8))), ("automargin", true), ("rangemode", "tozero"),
            ("gridcolor", "#eaeef2"), ("zerolinecolor", "#8c959f"));
        if (format is not null) axis.SetProperty("tickformat", format);
        else if (all.Count > 0 && all.All(v => v == Math.Floor(v)))
        {
            axis.SetProperty("tickformat", ",d");
            if (all.Max() <= 10) axis.SetProperty("dtick", 1);
        }
        return axis;
    }

    /// <summary>A nested Plotly object from name/value pairs.</summary>
    public static DynObject Obj(params (string Name, object? Value)[] properties)
    {
        var o = new DynObject();
        foreach (var (name, value) in properties)
            if (value is not null) o.SetProperty(name, value);
        return o;
    }
}
