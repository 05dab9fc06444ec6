using DiffPlex;

namespace Research;

/// <summary>A run of words the same in both wordings, only in the reference (`removed`), or only in the variant (`added`).</summary>
public sealed record WordDiffPiece(string Change, string Text);

/// <summary>Word-level differences between two wordings of a statement (DiffPlex), as pieces a table or notebook can show.</summary>
public static class WordDiff
{
    static readonly char[] Separators = [' ', '\t', '\n', '\r'];

    /// <summary>The pieces that turn <paramref name="reference"/> into <paramref name="variant"/>, in order.</summary>
    public static IReadOnlyList<WordDiffPiece> Between(string reference, string variant)
    {
        var result = new Differ().CreateWordDiffs(reference, variant, true, Separators);
        var pieces = new List<WordDiffPiece>();
        int a = 0, b = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(pieces, "same", result.PiecesOld, a, block.DeleteStartA - a);
            Add(pieces, "removed", result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(pieces, "added", result.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }
        Add(pieces, "same", result.PiecesOld, a, result.PiecesOld.Length - a);
        return pieces;
    }

    /// <summary>The diff as one line: removed words in [-brackets-], added words in {+braces+}.</summary>
    public static string ToText(IEnumerable<WordDiffPiece> pieces) => string.Join(" ", pieces.Select(p => p.Change switch
    {
        "removed" => $"[-{p.Text}-]",
        "added" => $"{{+{p.Text}+}}",
        _ => p.Text,
    }));

    static void Add(List<WordDiffPiece> into, string change, string[] pieces, int start, int count)
    {
        if (count <= 0) return;
        var text = string.Join(" ", pieces.Skip(start).Take(count).Where(p => !string.IsNullOrWhiteSpace(p) && Array.IndexOf(Separators, p[0]) < 0)).Trim();
        if (text.Length > 0) into.Add(new WordDiffPiece(change, text));
    }
}
