using System.Collections;

namespace Research.Notebooks.Tests.Runner;

// A type carrying the display contract with its own attribute class: the runner must find it by name, as
// Polyglot Notebooks does, whatever namespace it lives in.
[TypeFormatterSource(typeof(BadgeFormatters), PreferredMimeTypes = ["text/html"])]
public sealed record Badge(string Label);

public sealed class BadgeFormatters
{
    public IEnumerable CreateTypeFormatters() => new object[] { new BadgeHtml() };
}

public sealed class BadgeHtml
{
    public string MimeType => "text/html";
    public Type Type => typeof(Badge);
    public bool Format(object instance, TextWriter writer)
    {
        writer.Write($"<b class=\"badge\">{System.Net.WebUtility.HtmlEncode(((Badge)instance).Label)}</b>");
        return true;
    }
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;
    public string[]? PreferredMimeTypes { get; set; }
}
