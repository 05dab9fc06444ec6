namespace Research;

/// <summary>Name keys that survive transliteration: Sergey/Sergei, Zelenskiy/Zelensky/Zelenskyy fold to one key.</summary>
public static class SpeakerNames
{
    /// <summary>Lower case, accents, apostrophes and periods dropped (François/Francois, O'Neill/ONeill), and the endings
    /// transliterations disagree on (-iy, -yy, -ei, -ii) folded to -y.</summary>
    public static string Fold(string name)
    {
        var s = LowerWithoutAccents(name).Replace("'", "").Replace("\u2019", "").Replace(".", "");
        foreach (var (from, to) in Endings)
            if (s.Length > from.Length + 2 && s.EndsWith(from, StringComparison.Ordinal)) return s[..^from.Length] + to;
        return s;
    }

    /// <summary>Lower case, accents dropped: José and Jose, Erdoğan and Erdogan, Nguyễn and Nguyen are one spelling. By table
    /// (the kit runs with invariant globalization, where <see cref="string.Normalize()"/> does not decompose), and a combining
    /// accent written as a character of its own is dropped.</summary>
    public static string LowerWithoutAccents(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower.All(char.IsAscii)) return lower;
        var s = new System.Text.StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            s.Append(Accented.IndexOf(c) is var k and >= 0 ? Plain[k] : c);
        }
        return s.ToString();
    }

    // The lower-case Latin letters of U+00C0-U+024F and U+1E00-U+1EFF whose canonical decomposition is an ASCII letter and
    // marks (made with Python's unicodedata), then letters with a stroke or without a dot (ı ł đ ø ħ ŀ ŧ ƀ ɨ), ß, and İ,
    // which lower-casing leaves as it is under invariant globalization.
    const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏẑẓẕẖẗẘẙạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹıłđøħŀŧƀɨßİ";
    const string Plain = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooyabbbcdddddeeeeefghhhhhiikkkllllmmmnnnnoooopprrrrsssssttttuuuuuvvwwwwwxxyzzzhtwyaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyyildohltbisi";

    static readonly (string From, string To)[] Endings = [("iy", "y"), ("yy", "y"), ("yi", "y"), ("ij", "y"), ("ii", "y"), ("ei", "ey"), ("'s", "")];

    /// <summary>The folded key of a full name: every word folded.</summary>
    public static string Key(string fullName) => string.Join(' ', fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Fold));

    /// <summary>A name written in capitals ("KATE BOLDUAN", a transcript's label) in ordinary case: "Kate Bolduan", "O'Malley"; any other name as it is.</summary>
    public static string OrdinaryCase(string name)
    {
        if (HasLower(name) || !name.Any(char.IsLetter)) return name;
        var chars = name.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (i == 0 || !char.IsLetter(chars[i - 1])) chars[i] = char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }

    /// <summary>True when the word has a lower-case letter: "Haynes", not "HAYNES" or "U.S.".</summary>
    public static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (char.IsLower(c)) return true;
        return false;
    }

    /// <summary>True when both genders are told ('f' or 'm') and differ.</summary>
    internal static bool OtherGender(char a, char b) => a is 'f' or 'm' && b is 'f' or 'm' && a != b;
}
