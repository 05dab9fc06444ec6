namespace Research.Tests;

/// <summary>Finds the repository's folders from the test's output folder, so tests read the real corpora in data/.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Data(string name) => Path.Combine(Root, "data", name);
    public static string Seed => Data("blinken-lavrov-2021-12");
    public static string NewsPlease => Data("giveme5w1h-news-cluster");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Research.sln"))) return dir.FullName;
        throw new InvalidOperationException("Research.sln not found above the test folder.");
    }
}
