using System.Text.RegularExpressions;

namespace Research;

/// <summary>Splits text into words, numbers (13,200 / 2.5 / 7-10 stays three tokens) and punctuation, with spans.</summary>
public static partial class WordTokenizer
{
    public static IEnumerable<(int Start, int End, string Kind)> Tokenize(string normalized, int start, int end)
    {
        // Matched in place (no copy of the range, no Match object or string per token): every analysis tokenizes
        // every sentence, so this is the kit's hottest loop.
        var span = normalized.AsSpan(start, end - start);
        var tokens = new List<(int Start, int End, string Kind)>();
        foreach (var m in TokenPattern().EnumerateMatches(span))
        {
            var first = span[m.Index];
            var kind = char.IsDigit(first) ? "number" : char.IsLetter(first) ? "word" : "punct";
            tokens.Add((start + m.Index, start + m.Index + m.Length, kind));
        }
        return tokens;
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)*%?|(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['\-][\p{L}\p{M}\p{N}]+)*|\S", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
