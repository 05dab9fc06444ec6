namespace Research;

/// <summary>One news article: where it came from and what the loader learned about it.</summary>
/// <param name="Id">Stable identifier: the path relative to the corpus folder without its extension (`event/fox`; a file of the folder itself: its bare name).</param>
/// <param name="File">The path relative to the corpus folder (`event/fox.txt`; a file of the folder itself: its name), as analyses report it (the `doc` column of their outputs).</param>
/// <param name="Outlet">The publishing outlet, from metadata or inferred from the text.</param>
/// <param name="OutletInferred">True when the outlet was inferred from the text rather than given by metadata.</param>
/// <param name="OutletEvidence">What the outlet was taken from (a field, a manifest note, a phrase of the text).</param>
/// <param name="Date">Publication date, when the file or the manifest gives one.</param>
/// <param name="DateSource">Where the date came from, or why there is none.</param>
/// <param name="Title">The headline, or the first sentence when the article has none.</param>
/// <param name="Url">The article's address, when known.</param>
/// <param name="Event">The event the article reports: news-please's cluster key, or the folder name.</param>
/// <param name="Length">Length of the article's text in characters.</param>
public sealed record Article(
    string Id,
    string File,
    string Outlet,
    bool OutletInferred,
    string OutletEvidence,
    DateOnly? Date,
    string DateSource,
    string Title,
    string? Url,
    string Event,
    int Length);
