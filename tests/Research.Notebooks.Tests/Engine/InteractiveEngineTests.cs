using System.Diagnostics;
using Research.Notebooks.Engine;
using Research.Notebooks.Tests.Runner;

namespace Research.Notebooks.Tests.Engine;

[Collection(RunnerCollection.Name)]
public sealed class InteractiveEngineTests : IAsyncLifetime
{
    readonly InteractiveEngine engine = new();
    readonly string folder = Directory.CreateTempSubdirectory("research-engine-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await engine.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    async Task<(ExecutionOutcome Outcome, List<CellOutput> Outputs)> Run(string code, string? kernel = null)
    {
        var outputs = new List<CellOutput>();
        var outcome = await engine.ExecuteAsync(code, 1, o => { lock (outputs) outputs.Add(o); }, CancellationToken.None, kernel);
        return (outcome, outputs);
    }

    static string Plain(IEnumerable<CellOutput> outputs) => string.Join("|", outputs.Select(o => o switch
    {
        ResultOutput r => r.Data["text/plain"].GetValue<string>(),
        DisplayOutput d => d.Data.TryGetValue("text/plain", out var t) ? t.GetValue<string>() : d.Data.Keys.First(),
        StreamOutput s => s.Text.TrimEnd(),
        ErrorOutput e => e.Value,
        _ => "",
    }));

    [Fact]
    public async Task The_kits_library_is_loaded_and_imported()
    {
        var (outcome, outputs) = await Run("typeof(Corpus).Assembly.GetName().Name");
        Assert.True(outcome.Succeeded, outcome.Error?.Value);
        Assert.Equal("Research.Kit", Plain(outputs));
    }

    [Fact]
    public async Task Html_javascript_and_value_cells_run_and_values_are_shared_with_csharp()
    {
        var (_, html) = await Run("#!html\n<b>bold</b>");
        Assert.Equal("<b>bold</b>", Assert.IsType<DisplayOutput>(Assert.Single(html)).Data["text/html"].GetValue<string>());
        var (js, _) = await Run("console.log(1);", "javascript");
        Assert.True(js.Succeeded, js.Error?.Value);
        await Run("#!value --name greeting\nhello from a value cell");
        var (shared, outputs) = await Run("#!share --from value greeting\ngreeting.ToUpperInvariant()");
        Assert.True(shared.Succeeded, shared.Error?.Value);
        Assert.Equal("HELLO FROM A VALUE CELL", Plain(outputs.OfType<ResultOutput>()));
        await Run("var count = 41;");
        var (set, setOutputs) = await Run("#!set --name fromValue --value @value:greeting\nfromValue.Length + count");
        Assert.True(set.Succeeded, set.Error?.Value);
        Assert.Equal("64", Plain(setOutputs.OfType<ResultOutput>()));
    }

    [Fact]
    public async Task Sql_cells_query_a_connected_sqlite_database_and_share_rows_as_a_DataFrame()
    {
        var db = Path.Combine(folder, "t.db");
        var (setup, _) = await Run($$"""
            using (var c = new Microsoft.Data.Sqlite.SqliteConnection("Data Source={{db}}")) { c.Open(); var k = c.CreateCommand(); k.CommandText = "CREATE TABLE outlets(name TEXT, articles INTEGER); INSERT INTO outlets VALUES ('Reuters', 2), ('<TASS>', 1);"; k.ExecuteNonQuery(); }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            """);
        Assert.True(setup.Succeeded, setup.Error?.Value);
        var (connect, _) = await Run($"#!connect sqlite --kernel-name corpus \"Data Source={db}\"");
        Assert.True(connect.Succeeded, connect.Error?.Value);
        var (query, rows) = await Run("#!sql-corpus --name outlets\nSELECT name, articles FROM outlets ORDER BY articles DESC");
        Assert.True(query.Succeeded, query.Error?.Value);
        Assert.Contains("Reuters", Plain(rows));
        var (share, shared) = await Run("#!share --from sql-corpus outlets\noutlets.Rows.Count");
        Assert.True(share.Succeeded, share.Error?.Value);
        Assert.Equal("2", Plain(shared.OfType<ResultOutput>()));
    }

    [Fact]
    public async Task A_cell_in_a_language_the_engine_lacks_or_an_unknown_magic_fails_naming_it()
    {
        var (fsharp, _) = await Run("1 + 1", "fsharp");
        Assert.Contains("fsharp", fsharp.Error!.Value);
        Assert.StartsWith("cell 1", fsharp.Error.Value);
        var (magic, _) = await Run("#!nosuchmagic\n1");
        Assert.Contains("nosuchmagic", magic.Error!.Value);
    }

    [Fact]
    public async Task Errors_name_the_cell_and_line()
    {
        var (compile, _) = await Run("var a = 1;\nvar b = ;");
        Assert.StartsWith("cell 1, line 2: CS1525", compile.Error!.Value);
        var (runtime, _) = await Run("var x = 2;\nthrow new InvalidOperationException(\"boom\");");
        Assert.Equal("cell 1, line 2: InvalidOperationException: boom", runtime.Error!.Value);
    }

    [Fact]
    public async Task An_interrupt_stops_a_sleeping_loop_and_the_engine_runs_the_next_cell()
    {
        await Run("var before = 7;");
        var running = Run("while (true) { System.Threading.Thread.Sleep(50); }");
        await Task.Delay(1500);
        var watch = Stopwatch.StartNew();
        engine.Interrupt();
        var (outcome, _) = await running;
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal("Interrupted", outcome.Error!.Name);
        var (next, outputs) = await Run("before * 6");
        Assert.True(next.Succeeded, next.Error?.Value);
        Assert.Equal("42", Plain(outputs));
    }

    [Fact]
    public async Task A_loop_that_never_waits_is_abandoned_and_the_engine_restarts_saying_so()
    {
        await Run("var warm = 1;");   // the first cell compiles cold: the loop must be running when the interrupt comes
        var running = Run("long n = 0; while (true) { n++; }");
        await Task.Delay(1500);
        engine.Interrupt();
        var (outcome, _) = await running;
        Assert.Contains("restarted", outcome.Error!.Value);
        var (next, outputs) = await Run("1 + 1");
        Assert.True(next.Succeeded, next.Error?.Value);
        Assert.Contains("restarted", Plain(outputs));
        Assert.EndsWith("2", Plain(outputs));
    }

    [Fact]
    public async Task A_nuget_package_is_restored_and_used()
    {
        var (restore, _) = await Run("#r \"nuget: Humanizer.Core, 2.14.1\"");
        Assert.True(restore.Succeeded, restore.Error?.Value);
        var (use, outputs) = await Run("using Humanizer;\n\"some_title\".Humanize()");
        Assert.True(use.Succeeded, use.Error?.Value);
        Assert.Equal("some title", Plain(outputs));
    }

    [Fact]
    public async Task Completion_hover_and_is_complete_come_from_the_csharp_kernel()
    {
        var completions = await engine.CompleteAsync("Console.Wri", 11, CancellationToken.None);
        Assert.Contains("WriteLine", completions.Matches);
        Assert.Equal(8, completions.Start);
        Assert.Equal(11, completions.End);
        var hover = await engine.InspectAsync("Console.WriteLine", 10, CancellationToken.None);
        Assert.Contains("WriteLine", hover!["text/plain"].GetValue<string>());
        Assert.Equal("complete", await engine.IsCompleteAsync("var x = 1;", CancellationToken.None));
        Assert.Equal("incomplete", await engine.IsCompleteAsync("if (true) {", CancellationToken.None));
    }
}
