namespace Research.Notebooks.Tests;

/// <summary>`research disagreements`: the default view and --all, and the view named on standard error.</summary>
[Collection(ConsoleCommandCollection.Name)]
public sealed class DisagreementsCommandTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-disagreements-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static (int Code, string Out, string Error) Run(params string[] args) => ConsoleCommand.Run(args);

    [Fact]
    public void The_default_view_hides_candidates_and_says_so_and_all_shows_them()
    {
        var dir = Path.Combine(folder, "corpus");
        Directory.CreateDirectory(dir);
        // Share prices at two times of day: a candidate conflict, not a confident one.
        File.WriteAllText(Path.Combine(dir, "a.txt"), " date 2020-03-04 Zentrix shares fell 4 percent to $60 at 9:30 a.m. on the news of the bid.\n");
        File.WriteAllText(Path.Combine(dir, "b.txt"), " date 2020-03-04 Zentrix shares fell 2 percent to $62 at mid-afternoon on the news of the bid.\n");
        var confident = Run("disagreements", dir, "--format", "csv");
        var all = Run("disagreements", dir, "--format", "csv", "--all");
        Assert.Equal((0, 0), (confident.Code, all.Code));
        Assert.Contains("confident rows only", confident.Error);
        Assert.Contains("all rows", all.Error);
        Assert.StartsWith("kind,event,topic,verdict,confidence,basis,", all.Out);
        Assert.DoesNotContain("candidate", confident.Out);
        Assert.Contains("number,", all.Out);
        Assert.Contains(",candidate,", all.Out);
    }
}
