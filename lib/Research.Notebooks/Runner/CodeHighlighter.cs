using System.Text;
using System.Text.RegularExpressions;
using Research;

namespace Research.Notebooks.Runner;

/// <summary>Light C# highlighting for rendered notebooks: comments, strings, keywords, numbers and directives.</summary>
internal static partial class CodeHighlighter
{
    public static string Highlight(string code)
    {
        var html = new StringBuilder();
        var last = 0;
        foreach (Match m in Token().Matches(code))
        {
            html.Append(Html.Escape(code[last..m.Index]));
            var kind = m.Groups["comment"].Success ? "c" : m.Groups["string"].Success ? "s" : m.Groups["directive"].Success ? "d"
                : m.Groups["number"].Success ? "n" : "k";
            html.Append("<span class=\"").Append(kind).Append("\">").Append(Html.Escape(m.Value)).Append("</span>");
            last = m.Index + m.Length;
        }
        return html.Append(Html.Escape(code[last..])).ToString();
    }

    [GeneratedRegex("""(?<comment>//[^\n]*|/\*.*?\*/)|(?<string>\$?@?"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)')|(?<directive>^\s*#(?:r|load|!\w+)\b)|(?<number>\b\d+(?:\.\d+)?\b)|\b(?<keyword>var|new|using|return|if|else|foreach|for|in|while|class|record|public|private|static|void|int|double|string|bool|true|false|null|from|where|select|orderby|group|by|let|await|async)\b""", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Token();
}
