namespace Research;

/// <summary>What a reader found in one file before layout: the text, and the metadata the file format carries.</summary>
internal sealed record RawArticle(
    string File,
    string Text,
    string? Title,
    string? Outlet,
    string? OutletEvidence,
    DateOnly? Date,
    string? DateSource,
    string? Url,
    string? Event);
