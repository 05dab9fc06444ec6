namespace Research;

/// <summary>
/// A date an article gives for something ("on Wednesday", "December 1", "earlier this month"), resolved against the
/// article's own date to the days it can mean (<see cref="From"/> to <see cref="To"/>, inclusive).
/// </summary>
/// <param name="Resolution">How the date was resolved, for a reader to check ("Wednesday before the article's date 2021-12-02").</param>
public sealed record DateClaim(
    string Article,
    int Sentence,
    int Start,
    int End,
    string Text,
    DateOnly From,
    DateOnly To,
    string Resolution,
    string SentenceText)
{
    public bool IsDay => From == To;
    public bool Overlaps(DateClaim other) => From <= other.To && other.From <= To;
    public string Days => IsDay ? From.ToString("yyyy-MM-dd") : $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}";
}
