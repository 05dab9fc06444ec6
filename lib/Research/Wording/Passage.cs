namespace Research;

/// <summary>One statement of an event as the sources carry it: each source's reading, in the story order of the event.</summary>
/// <param name="Number">Story order within the event (1 = first told).</param>
/// <param name="Readings">One reading a source that carries the statement.</param>
public sealed record Passage(string Event, int Number, IReadOnlyList<Reading> Readings)
{
    /// <summary>The sources (articles) that carry the statement.</summary>
    public int Sources => Readings.Count;
}

/// <summary>How one article words a statement: its sentence(s), or the clause of a sentence that carries it (a clause alignment), and their span in the article's text.</summary>
public sealed record Reading(string Article, string Outlet, int Sentence, int Start, int End, string Text);
