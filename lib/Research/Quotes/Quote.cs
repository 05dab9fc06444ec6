namespace Research;

/// <summary>
/// A quote found in an article. <see cref="Start"/>/<see cref="End"/> span the quoted words without the marks in the
/// article's text (<see cref="ArticleText.Original"/>; end exclusive).
/// </summary>
/// <param name="Id">`article#n`, n counting the article's quotes from 1.</param>
/// <param name="Kind">See <see cref="QuoteKinds"/>: direct, partial, unopened, title, scare, interview.</param>
/// <param name="Attributed">True when a cue and a speaker (named, pronoun or role) attribute the words; false for scare quotes, titles and quotes nobody is said to have said.</param>
/// <param name="Speaker">The canonical speaker across the corpus ("Sergei Lavrov"), an unnamed role ("senior State Department official"), or null.</param>
/// <param name="SpeakerMention">The speaker as written where the quote is attributed ("Russian Foreign Minister Sergey Lavrov", "he", "the official").</param>
/// <param name="Cue">The cue as written ("said", "wrote on Twitter", "according to").</param>
/// <param name="Cluster">The quote cluster this quote belongs to (same statement across sources).</param>
/// <param name="RelayedBy">For a nested attribution ("...,” said Putin, “Lavrov said."), the canonical speaker relaying the quote.</param>
/// <param name="SplitOf">For the second part of a split quote ("...,” X said. “..."), the id of the part before.</param>
/// <param name="Flags">What was repaired or doubted: `unopened` (opening mark missing), `unclosed` (cut at the paragraph end),
/// `multi-paragraph`, `reopened` (cut where a new quote opened), `wrong-direction` (a curly mark used the other way round),
/// `split` (second part of “...,” X said. “...”), `continued` (a new paragraph of the last speaker's quote),
/// `shared-subject` (the cue's subject is the last quote's speaker), `nested` (relayed by <see cref="RelayedBy"/>),
/// `speaker-unresolved` (a pronoun or role with no one to stand for).</param>
/// <param name="SpeakerPhrase">The attribution's whole source as written: <see cref="SpeakerMention"/> with the apposition, bracket,
/// "of" phrase or relative clause that describes it ("Myra Gutin, a first lady historian at Rider University"), as PolNeAR annotates sources.</param>
public sealed record Quote(
    string Id,
    string Article,
    string File,
    string Outlet,
    int Start,
    int End,
    string Text,
    string Kind,
    bool Attributed,
    string? Speaker,
    string? SpeakerMention,
    string? Cue,
    string Cluster,
    string? RelayedBy,
    string? SplitOf,
    int Paragraph,
    IReadOnlyList<string> Flags,
    string? SpeakerPhrase = null);

/// <summary>The kinds of <see cref="Quote.Kind"/>.</summary>
public static class QuoteKinds
{
    /// <summary>One or more whole sentences in quote marks, or the whole of what a speech verb reports (Trump says “the game is soft”).</summary>
    public const string Direct = "direct";
    /// <summary>Quoted words inside the writer's own sentence.</summary>
    public const string Partial = "partial";
    /// <summary>A quote whose opening mark is missing (scraping or translation damage), found from its closing mark and attribution.</summary>
    public const string Unopened = "unopened";
    /// <summary>A name, title or nickname in quote marks ("Saturday Night Live").</summary>
    public const string Title = "title";
    /// <summary>A word or two in quote marks that nobody is said to have said: scare quotes.</summary>
    public const string Scare = "scare";
    /// <summary>A turn of a question-and-answer interview or a transcript, labelled with its speaker instead of quoted ("A: ...", "TAPPER: ...").</summary>
    public const string Interview = "interview";
}
