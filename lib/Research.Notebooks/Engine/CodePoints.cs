using Microsoft.DotNet.Interactive;

namespace Research.Notebooks.Engine;

/// <summary>Jupyter counts cursor positions in Unicode code points; the engine in lines and UTF-16 characters.</summary>
internal static class CodePoints
{
    public static LinePosition ToLinePosition(string code, int cursor)
    {
        var index = ToIndex(code, cursor);
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
            if (code[i] == '\n') { line++; lineStart = i + 1; }
        return new LinePosition(line, index - lineStart);
    }

    public static int FromLinePosition(string code, LinePosition position)
    {
        var index = 0;
        for (var line = 0; line < position.Line && index < code.Length; index++)
            if (code[index] == '\n') line++;
        return FromIndex(code, Math.Min(code.Length, index + position.Character));
    }

    /// <summary>Where the identifier that ends at the cursor begins.</summary>
    public static int WordStart(string code, int cursor)
    {
        var index = ToIndex(code, cursor);
        while (index > 0 && (char.IsLetterOrDigit(code[index - 1]) || code[index - 1] == '_')) index--;
        return FromIndex(code, index);
    }

    /// <summary>The UTF-16 index of a code point offset.</summary>
    public static int ToIndex(string code, int codePoints)
    {
        var index = 0;
        for (var n = 0; n < codePoints && index < code.Length; n++)
            index += char.IsHighSurrogate(code[index]) && index + 1 < code.Length ? 2 : 1;
        return index;
    }

    public static int FromIndex(string code, int index)
    {
        var count = 0;
        for (var i = 0; i < index && i < code.Length; i++)
            if (!char.IsLowSurrogate(code[i])) count++;
        return count;
    }
}
