using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Research;

/// <summary>Reads a news-please JSON article (`title`, `text`, `source_domain`, `date_publish`, `url`, `newsCluster`).</summary>
internal static partial class NewsPleaseReader
{
    public static RawArticle? Read(string file, string json, out LoadProblem? problem)
    {
        problem = null;
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true }); }
        catch (JsonException e)
        {
            problem = new LoadProblem(file, (int?)e.LineNumber + 1, $"is not valid JSON ({FirstSentence(e.Message)}); fix the file or remove it from the folder.");
            return null;
        }
        catch (ArgumentException e)
        {
            problem = new LoadProblem(file, null, $"is not valid JSON ({FirstSentence(e.Message)}); fix the file or remove it from the folder.");
            return null;
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Str(root, "text") is not string text || string.IsNullOrWhiteSpace(text))
            {
                problem = new LoadProblem(file, null, "is JSON but not a news-please article: it needs a non-empty `text` field.");
                return null;
            }
            var domain = Str(root, "source_domain");
            DateOnly? date = null;
            if (Str(root, "date_publish") is string published &&
                DateTime.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var dt))
                date = DateOnly.FromDateTime(dt);
            return new RawArticle(
                file, text, Str(root, "title")?.Trim(),
                domain is null ? null : OutletName(domain),
                domain is null ? null : "source_domain",
                date, date is null ? null : "date_publish",
                Str(root, "url"), EventKey(root));
        }
    }

    /// <summary>`www.nytimes.com` → `nytimes.com`: the outlet as a reader names it.</summary>
    public static string OutletName(string domain)
    {
        var d = domain.Trim().ToLowerInvariant();
        foreach (var prefix in new[] { "www.", "edition.", "amp." })
            if (d.StartsWith(prefix, StringComparison.Ordinal)) d = d[prefix.Length..];
        return d;
    }

    static string? EventKey(JsonElement root)
    {
        if (!root.TryGetProperty("newsCluster", out var cluster)) return null;
        if (cluster.ValueKind == JsonValueKind.Object)
            return Str(cluster, "Event") ?? (cluster.TryGetProperty("EventId", out var id) ? id.ToString() : null);
        // Some exports store the cluster as a Python dict literal: {'Event': 'panama_papers', ...}
        if (cluster.ValueKind == JsonValueKind.String && PythonEvent().Match(cluster.GetString()!) is { Success: true } m)
            return m.Groups[1].Value;
        return null;
    }

    static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? StringOf(v) : null;

    /// <summary>
    /// The string's value. A lone surrogate escape (`\ud800`, which other JSON readers accept) makes System.Text.Json
    /// refuse the whole string: then it is unescaped here and each lone surrogate replaced by U+FFFD, as a decoder would.
    /// </summary>
    static string StringOf(JsonElement value)
    {
        try { return value.GetString()!; }
        catch (InvalidOperationException) { return Unescape(value.GetRawText()); }
    }

    static string Unescape(string raw)
    {
        var s = new System.Text.StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length - 1) { s.Append(c); continue; }
            var e = raw[++i];
            switch (e)
            {
                case 'b': s.Append('\b'); break;
                case 'f': s.Append('\f'); break;
                case 'n': s.Append('\n'); break;
                case 'r': s.Append('\r'); break;
                case 't': s.Append('\t'); break;
                case 'u' when i + 4 < raw.Length && int.TryParse(raw.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    s.Append((char)code); i += 4; break;
                default: s.Append(e); break;
            }
        }
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (char.IsSurrogate(s[i])) s[i] = '\uFFFD';
        }
        return s.ToString();
    }

    static string FirstSentence(string message) => message.Split(". ")[0].TrimEnd('.');

    [GeneratedRegex(@"['""]Event['""]\s*:\s*['""]([^'""]+)['""]")]
    private static partial Regex PythonEvent();
}
