using System.CommandLine;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>One output row of `research quotes` (and what `research eval quotes` scores).</summary>
internal sealed record QuoteRow(string Doc, int Start, int End, string Text, string? Speaker, string? SpeakerMention, string? Cue, string Kind, bool Attributed, string Cluster, string? RelayedBy, string Flags);

/// <summary>The options that choose which quotes become rows, shared by `quotes` and `eval quotes`.</summary>
internal sealed class QuoteRowOptions
{
    public required Option<bool> AttributedOnly { get; init; }
    public required Option<string[]> Kinds { get; init; }
    public required Option<bool> JoinSplit { get; init; }

    public static QuoteRowOptions Create(bool attributedByDefault = false) => new()
    {
        AttributedOnly = new Option<bool>("--attributed") { Description = "Only attributed quotes (no scare quotes, titles or unattributed quotes).", DefaultValueFactory = _ => attributedByDefault },
        Kinds = new Option<string[]>("--kind") { Description = "Only these kinds: direct, partial, unopened, title, scare (repeatable).", AllowMultipleArgumentsPerToken = true },
        JoinSplit = new Option<bool>("--join-split") { Description = "Print a split quote (“...,” X said. “...”) as one row, as PolNeAR annotates it; by default each part is a row." },
    };

    public List<QuoteRow> Rows(QuoteSet set, ParseResult parse)
    {
        var attributedOnly = parse.GetValue(AttributedOnly);
        var kinds = parse.GetValue(Kinds) ?? [];
        var quotes = set.Quotes.Where(q => !attributedOnly || q.Attributed).Where(q => kinds.Length == 0 || kinds.Contains(q.Kind)).ToList();
        var rows = new List<QuoteRow>();
        foreach (var q in quotes)
        {
            var row = new QuoteRow(q.File, q.Start, q.End, q.Text, q.Speaker, q.SpeakerMention, q.Cue, q.Kind, q.Attributed, q.Cluster, q.RelayedBy, string.Join('|', q.Flags));
            if (parse.GetValue(JoinSplit) && q.SplitOf is not null && q.Flags.Contains("split") && rows.Count > 0 && rows[^1].Doc == q.File && rows[^1].End < q.Start)
            {
                var prev = rows[^1];
                rows[^1] = prev with { End = q.End, Text = prev.Text + " " + q.Text };
                continue;
            }
            rows.Add(row);
        }
        return rows;
    }
}
