using System.Globalization;
using System.Net;

namespace Research;

/// <summary>HTML escaping and the one way values are written into table cells.</summary>
public static class Html
{
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A value as a reader expects to see it: dates as YYYY-MM-DD (a DateTime at midnight too: a DataFrame's day), numbers without noise, null as empty.</summary>
    public static string Show(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double x => x.ToString("0.###", CultureInfo.InvariantCulture),
        float x => x.ToString("0.###", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable e and not string => string.Join("; ", e.Cast<object?>().Select(Show)),
        _ => value.ToString() ?? "",
    };
}
