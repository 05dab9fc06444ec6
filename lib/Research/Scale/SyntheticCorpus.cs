using System.Text;

namespace Research;

/// <summary>
/// A corpus of any size built from a real one's own sentences, for measuring how the kit scales: synthetic events
/// drawn with the real event-size distribution, each modelled on a real event, whose articles retell that event's
/// articles with some sentences dropped and some borrowed from the event's other sources, so that wording overlap,
/// quotes and numbers look like the real thing. Deterministic: the same seed gives the same files.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>Writes <paramref name="articles"/> plain-text articles under <paramref name="folder"/>, one sub-folder an event.</summary>
    public static (int Articles, int Events, long Bytes) Write(Corpus source, int articles, string folder, int seed = 20211202)
    {
        var random = new Random(seed);
        var events = source.Events.Select(e => source.ArticlesIn(e)).Where(a => a.Count > 0).ToList();
        var sizes = events.Select(e => e.Count).ToList();
        Directory.CreateDirectory(folder);
        int written = 0, eventCount = 0;
        long bytes = 0;
        while (written < articles)
        {
            var model = events[random.Next(events.Count)];
            var size = Math.Min(sizes[random.Next(sizes.Count)], articles - written);
            var eventFolder = Path.Combine(folder, $"event-{eventCount:D6}");
            Directory.CreateDirectory(eventFolder);
            for (var k = 0; k < size; k++)
            {
                var text = Retell(source, model, model[k % model.Count], random);
                var path = Path.Combine(eventFolder, $"article-{written:D7}.txt");
                File.WriteAllText(path, text);
                bytes += Encoding.UTF8.GetByteCount(text);
                written++;
            }
            eventCount++;
        }
        return (written, eventCount, bytes);
    }

    static string Retell(Corpus source, IReadOnlyList<Article> model, Article basis, Random random)
    {
        var s = new StringBuilder();
        var date = basis.Date ?? new DateOnly(2020, 1, 1);
        s.Append(" date ").Append(date.ToString("yyyy-MM-dd")).Append(' ');
        var sentences = source.SentencesOf(basis.Id);
        var others = model.Where(a => a.Id != basis.Id).SelectMany(a => source.SentencesOf(a.Id)).ToList();
        var paragraph = 0;
        foreach (var sentence in sentences)
        {
            var roll = random.NextDouble();
            if (roll < 0.1) continue;                                              // dropped
            var chosen = roll < 0.2 && others.Count > 0 ? others[random.Next(others.Count)] : sentence;   // borrowed
            s.Append(chosen.Text.Replace('\n', ' '));
            s.Append(++paragraph % 2 == 0 ? "\n\n" : " ");
        }
        return s.ToString().TrimEnd() + "\n";
    }
}
