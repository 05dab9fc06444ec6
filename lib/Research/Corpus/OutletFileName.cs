using System.Text.RegularExpressions;

namespace Research;

/// <summary>
/// The file-name convention for outlets: in a corpus laid out as one folder per event, a file named after its outlet
/// (`fox.txt`, `nyt.txt`, `washingtonpost.com.json`) gives the outlet when neither sources.csv nor the file's own fields
/// name one. Only files in a subfolder count, and only names made of letters (with dots, hyphens and ampersands), so numbered or
/// hashed names (`000_e149a684.txt`) and generic ones (`article.txt`) say nothing about the outlet.
/// </summary>
internal static partial class OutletFileName
{
    public const string Evidence = "file name (one folder per event, one file per outlet)";

    static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "articles", "story", "text", "content", "body", "index", "news", "untitled", "document", "doc", "file", "page", "post", "item",
    };

    /// <summary>The outlet a file's name gives, or null.</summary>
    public static string? OutletOf(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        return OutletLike().IsMatch(stem) && !Generic.Contains(stem) ? stem : null;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z.&-]{1,39}$")]
    private static partial Regex OutletLike();
}
