using System.CommandLine;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>One output row of `research quotes` (and what `research eval quotes` scores).</summary>
/// <param name="LastPart">The id of the last quote the row holds (a joined split quote holds several); not printed.</param>
internal sealed record QuoteRow(string Doc, int Start, int End, string Text, string? Speaker, string? SpeakerMention, string? SpeakerPhrase, string? Cue, string Kind, bool Attributed, string Cluster, string? RelayedBy, string Flags, string LastPart);

/// <summary>The options that choose which quotes become rows, shared by `quotes` and `eval quotes`.</summary>
internal sealed class QuoteRowOptions
{
    public required Option<bool> AttributedOnly { get; init; }
    public required Option<string[]> Kinds { get; init; }
    public required Option<bool> JoinSplit { get; init; }

    public static QuoteRowOptions Create(bool attributedByDefault = false) => new()
    {
        AttributedOnly = new Option<bool>("--attributed") { Description = "Only attributed quotes (no scare quotes, titles or unattributed quotes).", DefaultValueFactory = _ => attributedByDefault },
        Kinds = new Option<string[]>("--kind") { Description = "Only these kinds (repeatable): direct, partial, unopened, title, scare, interview (a labelled turn of a Q&A interview or a transcript).", AllowMultipleArgumentsPerToken = true },
        JoinSplit = new Option<bool>("--join-split") { Description = "Print a split quote (“...,” X said. “...”) and a quote continued in the next paragraph with no attribution of its own as one row, as PolNeAR annotates them; by default each part is a row." },
    };

    public List<QuoteRow> Rows(QuoteSet set, ParseResult parse)
    {
        var attributedOnly = parse.GetValue(AttributedOnly);
        var kinds = parse.GetValue(Kinds) ?? [];
        var quotes = set.Quotes.Where(q => !attributedOnly || q.Attributed).Where(q => kinds.Length == 0 || kinds.Contains(q.Kind)).ToList();
        var rows = new List<QuoteRow>();
        foreach (var q in quotes)
        {
            var row = new QuoteRow(q.File, q.Start, q.End, q.Text, q.Speaker, q.SpeakerMention, q.SpeakerPhrase, q.Cue, q.Kind, q.Attributed, q.Cluster, q.RelayedBy, string.Join('|', q.Flags), q.Id);
            // Only onto the part it continues; a part whose first half was filtered out goes with it. PolNeAR annotates a speaker's
            // run of quoted paragraphs with no new attribution as one attribution, as it does the two parts of a split quote.
            if (parse.GetValue(JoinSplit) && (q.Flags.Contains("split") || q.Flags.Contains("continued")))
            {
                // A title between the parts (“...,” X told CNN's “State of the Union.” “...”) stays a row of its own.
                var at = rows.Count > 0 && rows[^1].LastPart == q.SplitOf ? rows.Count - 1
                    : rows.Count > 1 && rows[^1].Kind == QuoteKinds.Title && rows[^2].LastPart == q.SplitOf ? rows.Count - 2 : -1;
                if (at < 0) continue;
                var prev = rows[at];
                rows[at] = prev with { End = q.End, Text = prev.Text + " " + q.Text, LastPart = q.Id };
                continue;
            }
            rows.Add(row);
        }
        return rows;
    }
}
