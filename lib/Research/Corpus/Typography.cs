namespace Research;

/// <summary>Typographic normalisation for analysis: one character in, one character out, so spans never move.</summary>
public static class Typography
{
    /// <summary>Curly and straight quotes, dashes and unusual spaces folded to their plain forms.</summary>
    public static string Normalize(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = Fold(source[i]);
    });

    public static char Fold(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u0060' or '\u00B4' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u3000' => ' ',
        '\u200B' or '\uFEFF' => ' ',
        _ => c,
    };

    /// <summary>True for any opening or closing quote mark, curly or straight.</summary>
    public static bool IsQuoteMark(char c) => Fold(c) == '"';

    /// <summary>True for characters that end a sentence.</summary>
    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026';
}
