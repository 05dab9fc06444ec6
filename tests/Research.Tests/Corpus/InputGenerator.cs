namespace Research.Tests.CorpusTests;

using System.Text;

/// <summary>
/// Seeded generator of hostile inputs for the readers: text built from the pieces articles, news-please JSON and
/// sources.csv are made of (dates good and bad, headlines, bylines, datelines, quotes, numbers, escapes, separators),
/// mixed with noise (control characters, lone surrogates, long runs), and real files' bytes mutated (bits flipped,
/// bytes inserted, deleted, duplicated, cut).
/// </summary>
internal sealed class InputGenerator(int seed)
{
    readonly Random random = new(seed);

    static readonly string[] ArticlePieces =
    [
        " date 2021-12-02", " date 2021-13-45", " date 0000-00-00", " date 9999-99-99 ", "date 2021-02-30", " date ",
        "Blinken Meets Lavrov In Stockholm", "By John Smith, Dec. 2, 2021", "By", "STOCKHOLM, Dec 2 (Reuters) -", "MOSCOW (AP) —",
        "WASHINGTON --", "Reporting by Jane Doe; Editing by", "“We will respond,” Lavrov said.", "\"We will respond,\" he said.",
        "“unclosed quote said the minister", "” closing first “", "'single' quotes, said Mr.", "according to officials",
        "More than 13,200 troops", "about 1.5 million people", "Dec. 2", "on Tuesday", "2,000", "-5", "½", "3-0 May",
        "Advertisement", "Continue reading the main story", "\t", "\r", "\r\n", "\n", "\n\n", " ", "...", "?!", "—", "–",
        "\u00A0", "\u200B", "\uFEFF", "\u0000", "\u0001", "\u001B", "\uFFFD", "\uD800", "\uDC00", "\uD83D\uDE00", "é", "Ж", "中文",
        "https://example.org/a?b=c", "=HYPERLINK(\"x\")", "+1", "@x", "«Они»", "„Sie“", "Mr. Smith Jr. said", "U.S.", "a.m.",
    ];

    static readonly string[] JsonKeys = ["title", "text", "source_domain", "date_publish", "url", "newsCluster", "authors", "Event", "EventId"];

    static readonly string[] JsonValues =
    [
        "\"\"", "\"text\"", "null", "42", "-1e999", "true", "[]", "{}", "[\"a\", 1]", "\"\\ud800\"", "\"\\udc00x\"", "\"\\ud83d\\ude00\"",
        "\"\\u0000\"", "\"\\x\"", "\"\\\"", "\"2021-13-45T99:99:99\"", "\"2016-05-04T00:00:00\"", "\"www.nytimes.com\"", "\"WWW.\"",
        "{\"Event\": \"e\", \"EventId\": 5}", "\"{'Event': 'e'}\"", "{\"EventId\": {\"deep\": []}}", "\"\\n\\n“Quote,” he said.\\n\"",
    ];

    static readonly string[] CsvPieces =
    [
        "file", "outlet", "outlet_inferred_from", "date", "url", "note", "a.txt", "b.txt", "c.json", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r",
        "2021-12-01", "2021", "21", "2021-13-45", "last week", "Café", "Outlet, Inc.", "\"quoted, field\"", "\"unclosed", "x\"y", "\uFEFF",
        " ", "=cmd", "\u0000", "\uD800", "é",
    ];

    public int Next(int max) => random.Next(max);

    public string Article() => Build(ArticlePieces, random.Next(1, 60));

    public string Csv() => Build(CsvPieces, random.Next(1, 50));

    /// <summary>A JSON object of random members (or, sometimes, almost JSON: cut, or not an object).</summary>
    public string NewsPleaseJson()
    {
        var s = new StringBuilder("{");
        var members = random.Next(0, 8);
        for (var i = 0; i < members; i++)
        {
            if (i > 0) s.Append(random.Next(20) == 0 ? "" : ",");
            var key = Pick(JsonKeys);
            var value = random.Next(3) == 0 ? JsonString(Article()) : Pick(JsonValues);
            s.Append('"').Append(key).Append("\": ").Append(value);
        }
        s.Append(random.Next(15) == 0 ? "" : "}");
        var json = s.ToString();
        return random.Next(10) switch
        {
            0 => json[..random.Next(json.Length + 1)],
            1 => "[" + json + "]",
            _ => json,
        };
    }

    /// <summary>The bytes of a real file, mutated a few times.</summary>
    public byte[] Mutate(byte[] original)
    {
        var bytes = new List<byte>(original);
        var edits = random.Next(1, 8);
        for (var e = 0; e < edits; e++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: bytes.Insert(at, (byte)random.Next(256)); break;
                case 2 when bytes.Count > 0: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 64))); break;
                case 3 when bytes.Count > 0: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 256)))); break;
                case 4: bytes.RemoveRange(at, bytes.Count - at); break;
                default: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Pick(ArticlePieces))); break;
            }
        }
        return [.. bytes];
    }

    /// <summary>Bytes of generated text in an encoding chosen at random, sometimes with a byte-order mark.</summary>
    public byte[] Encode(string text) => random.Next(6) switch
    {
        0 => Encoding.Latin1.GetBytes(text),
        1 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        2 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        3 => [.. Encoding.UTF8.GetBytes(text), .. Enumerable.Range(0, random.Next(4)).Select(_ => (byte)random.Next(256))],
        _ => Encoding.UTF8.GetBytes(text),
    };

    string Build(string[] pieces, int count)
    {
        var s = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            s.Append(random.Next(25) == 0 ? new string(Pick(pieces)[0], random.Next(1, 3000)) : Pick(pieces));
            if (random.Next(3) == 0) s.Append(' ');
        }
        return s.ToString();
    }

    string Pick(string[] items) => items[random.Next(items.Length)];

    static string JsonString(string text)
    {
        var s = new StringBuilder("\"");
        foreach (var c in text)
            s.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or (>= '\uD800' and <= '\uDFFF') => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return s.Append('"').ToString();
    }
}
