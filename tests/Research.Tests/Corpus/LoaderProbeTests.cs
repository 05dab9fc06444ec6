namespace Research.Tests.CorpusTests;

using System.Diagnostics;
using System.Text;
using Research;

/// <summary>The probes of issue 15 that broke the loader, each on a small folder written for the test.</summary>
public sealed class LoaderProbeTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-probe-").FullName;

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
            foreach (var d in Directory.EnumerateDirectories(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true }))
                try { File.SetUnixFileMode(d, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        Directory.Delete(folder, recursive: true);  // deletes links, never what they point to
    }

    string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    const string Body = "The minister said the talks would go on.\n";
    const string Header = "file,outlet,outlet_inferred_from,date,url,note\n";

    static string Problem(Research.Corpus corpus, string file) => Assert.Single(corpus.Problems, p => p.File == file).ToString();

    [Fact]
    public void A_bad_date_with_text_after_it_is_a_named_problem_and_the_article_loads()
    {
        Write("a.txt", " date 2021-13-45 " + Body);
        Write("b.txt", Body);
        var corpus = Research.Corpus.Load(folder);
        Assert.Equal(2, corpus.Articles.Count);
        Assert.Null(corpus.Article("a").Date);
        Assert.StartsWith("a.txt:1: date '2021-13-45' is not a real YYYY-MM-DD date", Problem(corpus, "a.txt"));
        Assert.DoesNotContain("2021-13-45", corpus.Sentences.Single(s => s.Article == "a").Text);
    }

    [Fact]
    public void A_date_line_of_its_own_after_other_lines_is_read_and_a_bad_one_is_named()
    {
        Write("good.txt", "Talks Go On In Stockholm\n\n" + Body + " date 2021-12-02\nMore was said later.\n");
        Write("bad.txt", "Talks Go On In Stockholm\n\n" + Body + "\n date 2021-02-30\n");
        Write("first.txt", " date 2021-12-01\nTalks Go On In Stockholm\n\n" + Body);
        var corpus = Research.Corpus.Load(folder);
        Assert.Equal((new DateOnly(2021, 12, 2), "date line"), (corpus.Article("good").Date!.Value, corpus.Article("good").DateSource));
        Assert.Equal("Talks Go On In Stockholm", corpus.Article("good").Title);
        Assert.DoesNotContain(corpus.Sentences, s => s.Text.Contains("date 2021"));
        Assert.Equal("bad.txt:5: date '2021-02-30' is not a real YYYY-MM-DD date; the article loads without it. Fix the date line.", Problem(corpus, "bad.txt"));
        Assert.Equal(new DateOnly(2021, 12, 1), corpus.Article("first").Date);
        Assert.Equal("Talks Go On In Stockholm", corpus.Article("first").Title);
    }

    [Fact]
    public void A_lone_surrogate_escape_in_news_please_json_is_read_and_replaced()
    {
        Write("a.json", """{"title": "T", "text": "He said \ud800 hello. The talks went on.", "source_domain": "www.example.com"}""");
        var corpus = Research.Corpus.Load(folder);
        Assert.Empty(corpus.Problems);
        Assert.Contains("said \uFFFD hello", corpus.TextOf("a").Original);
        Assert.Equal("example.com", corpus.Articles[0].Outlet);
    }

    [Fact]
    public void A_folder_per_event_with_a_file_per_outlet_loads_every_article_with_its_outlet()
    {
        for (var e = 0; e < 100; e++)
            foreach (var outlet in new[] { "fox", "nyt", "hpo" })
                Write($"event{e:000}/{outlet}.txt", $"The mayor said {e + 3} people were hurt, {outlet} reported.\n");
        var corpus = Research.Corpus.Load(folder);
        Assert.Equal(300, corpus.Articles.Count);
        Assert.Empty(corpus.Problems);
        Assert.Equal(100, corpus.Events.Count);
        var fox = corpus.Article("event007/fox");
        Assert.Equal(("fox", false, "event007/fox.txt", "event007"), (fox.Outlet, fox.OutletInferred, fox.File, fox.Event));
        Assert.Equal(["fox", "hpo", "nyt"], corpus.Articles.Select(a => a.Outlet).Distinct().Order());
    }

    [Fact]
    public void Files_of_the_folder_itself_keep_their_bare_names_as_ids_and_no_outlet_from_the_name()
    {
        Write("fox.txt", Body);
        var article = Assert.Single(Research.Corpus.Load(folder).Articles);
        Assert.Equal(("fox", "fox.txt", "unknown"), (article.Id, article.File, article.Outlet));
    }

    [Fact]
    public void An_unclosed_quote_in_sources_csv_names_its_line_and_later_rows_still_count()
    {
        Write("a.txt", Body);
        Write("b.txt", Body);
        Write("c.txt", Body);
        Write("sources.csv", Header + "a.txt,\"Outlet A,,2021-12-01,,\nb.txt,Outlet B,,2021-12-02,,\nc.txt,\"Outlet, C\",,,,\n");
        var corpus = Research.Corpus.Load(folder);
        Assert.StartsWith("sources.csv:2: has a quote (\") that is never closed", Problem(corpus, "sources.csv"));
        Assert.Equal("unknown", corpus.Article("a").Outlet);
        Assert.Equal(("Outlet B", new DateOnly(2021, 12, 2)), (corpus.Article("b").Outlet, corpus.Article("b").Date!.Value));
        Assert.Equal("Outlet, C", corpus.Article("c").Outlet);
    }

    [Theory]
    [InlineData("latin1")]
    [InlineData("utf8")]
    [InlineData("utf8-bom")]
    public void Sources_csv_keeps_its_accents_whatever_its_encoding(string encoding)
    {
        Write("a.txt", Body);
        var text = "file,outlet\na.txt,Café Zeitung – Berlin\n";
        var bytes = encoding switch
        {
            "latin1" => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text),
            "utf8" => new UTF8Encoding(false).GetBytes(text),
            _ => [.. new UTF8Encoding(true).GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        };
        Write("sources.csv", bytes);
        var corpus = Research.Corpus.Load(folder);
        Assert.Empty(corpus.Problems);
        Assert.Equal("Café Zeitung – Berlin", corpus.Articles[0].Outlet);
    }

    [Fact]
    public async Task A_loop_of_links_ends_and_each_real_folder_is_read_once()
    {
        Write("sub/a.txt", Body);
        Directory.CreateSymbolicLink(Path.Combine(folder, "sub", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(folder, "again"), Path.Combine(folder, "sub"));
        var corpus = await Task.Run(() => Research.Corpus.Load(folder)).WaitAsync(TimeSpan.FromSeconds(20));  // a hang fails here
        Assert.Single(corpus.Articles);
        Assert.Contains("leads to a folder already read", Problem(corpus, "sub/up/"));
        Assert.Contains("leads to a folder already read (sub/)", Problem(corpus, "again/"));
    }

    [Fact]
    public async Task A_fifo_and_a_device_are_skipped_with_a_named_problem_and_do_not_hang()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("ok.txt", Body);
        Run("mkfifo", Path.Combine(folder, "pipe.txt"));
        File.CreateSymbolicLink(Path.Combine(folder, "zero.txt"), "/dev/zero");
        var corpus = await Task.Run(() => Research.Corpus.Load(folder)).WaitAsync(TimeSpan.FromSeconds(20));  // a hang fails here
        Assert.Single(corpus.Articles);
        Assert.Contains("is a FIFO (named pipe), not a regular file; skipped", Problem(corpus, "pipe.txt"));
        Assert.Contains("is a character device, not a regular file; skipped", Problem(corpus, "zero.txt"));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_skipped_with_a_named_problem()
    {
        Write("ok.txt", Body);
        Write("big.txt", string.Concat(Enumerable.Repeat(Body, 100)));
        var corpus = Research.Corpus.Load(new LoadOptions { MaxFileBytes = 1000 }, folder);
        Assert.Single(corpus.Articles);
        Assert.Contains("over the size limit of 0 MB; skipped. Raise the limit with RESEARCH_MAX_FILE_MB", Problem(corpus, "big.txt"));
        Assert.Equal(200L * 1024 * 1024, new LoadOptions().MaxFileBytes);
    }

    /// <summary>
    /// chmod 000 stops a normal user; root reads through it, so as root the test also links to what the kernel denies
    /// even root (a write-only /proc/sys file; /proc/1/map_files without CAP_SYS_ADMIN) when the machine has one.
    /// </summary>
    [Fact]
    public void An_unreadable_folder_or_file_is_a_named_problem_not_an_exception()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("ok.txt", Body);
        Write("locked/a.txt", Body);
        Write("secret.txt", Body);
        File.SetUnixFileMode(Path.Combine(folder, "locked"), UnixFileMode.None);
        File.SetUnixFileMode(Path.Combine(folder, "secret.txt"), UnixFileMode.None);
        Write("sources.csv", Header + "ok.txt,Outlet,,,,\n");
        File.SetUnixFileMode(Path.Combine(folder, "sources.csv"), UnixFileMode.None);
        var expected = new List<string>();
        if (!CanList(Path.Combine(folder, "locked"))) expected.Add("locked/");
        if (!CanRead(Path.Combine(folder, "secret.txt"))) expected.Add("secret.txt");
        if (!CanRead(Path.Combine(folder, "sources.csv"))) expected.Add("sources.csv");
        if (File.Exists("/proc/sys/vm/drop_caches") && !CanRead("/proc/sys/vm/drop_caches"))
        {
            File.CreateSymbolicLink(Path.Combine(folder, "denied.txt"), "/proc/sys/vm/drop_caches");
            expected.Add("denied.txt");
            Write("event/a.txt", Body);
            File.CreateSymbolicLink(Path.Combine(folder, "event", "sources.csv"), "/proc/sys/vm/drop_caches");
            expected.Add("event/sources.csv");
        }
        if (Directory.Exists("/proc/1/map_files") && !CanList("/proc/1/map_files"))
        {
            Directory.CreateSymbolicLink(Path.Combine(folder, "denied"), "/proc/1/map_files");
            expected.Add("denied/");
        }
        Assert.NotEmpty(expected);  // something this test can make unreadable, whoever runs it

        var corpus = Research.Corpus.Load(folder);
        Assert.Contains(corpus.Articles, a => a.Id == "ok");
        Assert.Equal(expected.Contains("event/sources.csv"), corpus.Articles.Any(a => a.Id == "event/a"));
        foreach (var file in expected)
            Assert.Matches("cannot be read", Problem(corpus, file));
    }

    static bool CanList(string path)
    {
        try { Directory.EnumerateFileSystemEntries(path).ToList(); return true; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    static bool CanRead(string path)
    {
        try { using var s = File.OpenRead(path); s.ReadByte(); return true; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    static void Run(string program, string argument)
    {
        using var p = Process.Start(new ProcessStartInfo(program, [argument]) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }
}
