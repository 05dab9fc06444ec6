namespace Research.Tests.Presentation;

public sealed class AtomicFileTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-atomic-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_temporary_file_left_by_a_killed_writer_is_removed_by_the_next_write()
    {
        var path = Path.Combine(folder, "page.html");
        var stale = path + ".999999999.tmp";   // no process has this id
        File.WriteAllText(stale, "half a page");
        AtomicFile.WriteAllText(path, "whole page");
        Assert.Equal("whole page", File.ReadAllText(path));
        Assert.False(File.Exists(stale));
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public void A_failed_write_leaves_the_old_file_and_no_temporary_file()
    {
        var path = Path.Combine(folder, "data.csv");
        File.WriteAllText(path, "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, _ => throw new InvalidOperationException("disk full")));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder));
    }
}
