using System.Text;
using Research;

namespace Research.Notebooks.Bench;

/// <summary>
/// The "one huge article" cases of the benchmark: one article of N MB, and two articles of N/2 MB each reporting one
/// event for two outlets, made of a real corpus's own paragraphs (ordinary news sentences, quotes and numbers) in a
/// seeded random order. Every analysis must stay about linear in one article's length, and these show whether it does.
/// </summary>
internal static class HugeArticles
{
    /// <summary>Writes both cases under <paramref name="work"/> (once per size) and returns them as benchmark datasets.</summary>
    public static List<(string Name, string Folder)> Write(Corpus source, int megabytes, string work)
    {
        var one = Path.Combine(work, $"huge-{megabytes}mb");
        var two = Path.Combine(work, $"pair-{megabytes}mb");
        if (!File.Exists(Path.Combine(one, ".complete")))
        {
            Directory.CreateDirectory(one);
            File.WriteAllText(Path.Combine(one, "huge.txt"), Article(source, megabytes * 1_000_000L, seed: 1));
            File.WriteAllText(Path.Combine(one, ".complete"), "");
        }
        if (!File.Exists(Path.Combine(two, ".complete")))
        {
            Directory.CreateDirectory(two);
            File.WriteAllText(Path.Combine(two, "a.txt"), Article(source, megabytes * 500_000L, seed: 2));
            File.WriteAllText(Path.Combine(two, "b.txt"), Article(source, megabytes * 500_000L, seed: 3));
            File.WriteAllText(Path.Combine(two, SourceManifest.FileName),
                "file,outlet,outlet_inferred_from,date,url,note\na.txt,Outlet A,,2021-12-02,,\nb.txt,Outlet B,,2021-12-02,,\n");
            File.WriteAllText(Path.Combine(two, ".complete"), "");
        }
        return [($"huge-{megabytes}mb", one), ($"pair-{megabytes}mb", two)];
    }

    static string Article(Corpus source, long bytes, int seed)
    {
        var random = new Random(seed);
        var paragraphs = source.Paragraphs.Where(p => p.Role == "body").Select(p => p.Text).ToList();
        var text = new StringBuilder(" date 2021-12-02\nTalks End Without Agreement\n\n");
        while (text.Length < bytes)
            text.Append(paragraphs[random.Next(paragraphs.Count)]).Append("\n\n");
        return text.ToString();
    }
}
