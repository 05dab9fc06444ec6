using System.Text.RegularExpressions;

namespace Research;

/// <summary>Splits text into words, numbers (13,200 / 2.5 / 7-10 stays three tokens) and punctuation, with spans.</summary>
public static partial class WordTokenizer
{
    public static IEnumerable<(int Start, int End, string Kind)> Tokenize(string normalized, int start, int end)
    {
        foreach (Match m in TokenPattern().Matches(normalized[start..end]))
        {
            var kind = char.IsDigit(m.Value[0]) ? "number" : char.IsLetter(m.Value[0]) ? "word" : "punct";
            yield return (start + m.Index, start + m.Index + m.Length, kind);
        }
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)*%?|(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['\-][\p{L}\p{M}\p{N}]+)*|\S", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
