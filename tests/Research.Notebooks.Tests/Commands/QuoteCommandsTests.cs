namespace Research.Notebooks.Tests;

using System.Reflection;
using System.Text.Json;

/// <summary>`research quotes` and `research eval quotes` run end to end on a small corpus written for the test.</summary>
[Collection("Console")]  // commands write to the one Console.Out, which these tests capture
public sealed class QuoteCommandsTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-quotes-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static readonly object ConsoleLock = new();

    static (int Code, string Out) Run(params string[] args)
    {
        lock (ConsoleLock)
        {
            var entry = typeof(Research.Notebooks.Runner.NotebookRunner).Assembly.EntryPoint!;
            var saved = Console.Out;
            var writer = new StringWriter();
            Console.SetOut(writer);
            try { return ((int)entry.Invoke(null, [args])!, writer.ToString()); }
            finally { Console.SetOut(saved); }
        }
    }

    string Corpus()
    {
        var dir = Path.Combine(folder, "corpus");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "a.txt"), "Talks in Riga\n\n“We will talk again,” said Foreign Minister Anna Berg.\n\nShe watched “Saturday Night Live” later.\n");
        return dir;
    }

    [Fact]
    public void Quotes_prints_one_json_line_a_quote_with_the_documented_fields()
    {
        var (code, output) = Run("quotes", Corpus(), "--format", "jsonl");
        Assert.Equal(0, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, rows.Count);
        var quote = rows[0];
        foreach (var field in new[] { "doc", "start", "end", "text", "speaker", "speaker_mention", "speaker_phrase", "cue", "kind", "attributed", "cluster" })
            Assert.True(quote.TryGetProperty(field, out _), field);
        Assert.Equal("a.txt", quote.GetProperty("doc").GetString());
        Assert.Equal("Anna Berg", quote.GetProperty("speaker").GetString());
        Assert.False(rows[1].GetProperty("attributed").GetBoolean());
    }

    [Fact]
    public void Eval_quotes_scores_attributed_quotes_against_a_gold_file()
    {
        var gold = Path.Combine(folder, "gold.json");
        File.WriteAllText(gold, """{"quotes": [{"doc": "a.txt", "text": "We will talk again", "speaker": "Berg"}]}""");
        var (code, output) = Run("eval", "quotes", "--gold", gold, Corpus());
        Assert.Equal(0, code);
        Assert.Contains("attributed quotes only", output);
        Assert.Contains("precision=1.000 recall=1.000 f1=1.000 speaker_acc=1.000", output);
    }

    [Fact]
    public void Eval_quotes_prints_the_speaker_compared_three_ways()
    {
        var dir = Path.Combine(folder, "described");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "b.txt"), "Talks in Riga\n\n“We will talk again,” said Anna Berg, a historian from Oslo.\n");
        var gold = Path.Combine(folder, "gold-as-written.json");
        File.WriteAllText(gold, """{"quotes": [{"doc": "b.txt", "text": "We will talk again", "speaker": "Anna Berg, a historian from Oslo"}]}""");
        var (code, output) = Run("eval", "quotes", "--gold", gold, dir, "--speaker", "canonical");
        Assert.Equal(0, code);
        Assert.Contains("speaker = canonical name", output);
        Assert.Contains("f1=1.000 speaker_acc=0.000", output);
        Assert.Contains("canonical=0.000, mention=0.000, phrase=1.000", output);
        var (phraseCode, phraseOutput) = Run("eval", "quotes", "--gold", gold, dir, "--speaker", "phrase");
        Assert.Equal(0, phraseCode);
        Assert.Contains("speaker = source phrase as written", phraseOutput);
        Assert.Contains("f1=1.000 speaker_acc=1.000", phraseOutput);
    }

    [Fact]
    public void Eval_quotes_compares_by_default_the_field_the_gold_speakers_are_written_as()
    {
        var dir = Path.Combine(folder, "styles");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "d.txt"), "Talks in Riga\n\n“We will talk again,” said Anna Berg, a historian from Oslo.\n");
        var asWritten = Path.Combine(folder, "gold-spans.json");
        File.WriteAllText(asWritten, """{"quotes": [{"doc": "d.txt", "text": "We will talk again", "speaker": "Anna Berg, a historian from Oslo"}]}""");
        var (code, output) = Run("eval", "quotes", "--gold", asWritten, dir);
        Assert.Equal(0, code);
        Assert.Contains("speaker = source phrase as written (auto: 100% of the gold's speakers are spans as written", output);
        Assert.Contains("f1=1.000 speaker_acc=1.000", output);
        var names = Path.Combine(folder, "gold-names.json");
        File.WriteAllText(names, """{"quotes": [{"doc": "d.txt", "text": "We will talk again", "speaker": "Anna Berg"}]}""");
        var (namesCode, namesOutput) = Run("eval", "quotes", "--gold", names, dir);
        Assert.Equal(0, namesCode);
        Assert.Contains("speaker = canonical name (auto: the gold's speakers are names", namesOutput);
        Assert.Contains("f1=1.000 speaker_acc=1.000", namesOutput);
        var none = Path.Combine(folder, "gold-no-speakers.json");
        File.WriteAllText(none, """{"quotes": [{"doc": "d.txt", "text": "We will talk again"}]}""");
        var (noneCode, noneOutput) = Run("eval", "quotes", "--gold", none, dir);
        Assert.Equal(0, noneCode);
        Assert.Contains("(auto: the gold names no speaker", noneOutput);
    }

    [Fact]
    public void Join_split_joins_split_quotes_and_paragraphs_that_continue_a_quote()
    {
        var dir = Path.Combine(folder, "continued");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "c.txt"), "Talks in Riga\n\n“We will talk again,” said Anna Berg. “We always do.”\n\n“The door stays open to everyone who wants to come in.”\n\nThe talks ended on Monday.\n");
        var (code, separate) = Run("quotes", dir);
        Assert.Equal(0, code);
        Assert.Equal(3, separate.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var (joinedCode, joined) = Run("quotes", dir, "--join-split");
        Assert.Equal(0, joinedCode);
        var row = JsonDocument.Parse(Assert.Single(joined.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.Equal("We will talk again We always do. The door stays open to everyone who wants to come in.", row.GetProperty("text").GetString());
        Assert.Equal("Anna Berg", row.GetProperty("speaker").GetString());
    }

    [Fact]
    public void Join_split_keeps_a_title_between_the_parts_as_a_row_of_its_own()
    {
        var dir = Path.Combine(folder, "titled");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "t.txt"), "Talks in Riga\n\n“We will publish the records,” Anna Berg told NBC’s “Meet the Press.” “Nobody has anything to fear.”\n");
        var (code, joined) = Run("quotes", dir, "--join-split");
        Assert.Equal(0, code);
        var rows = joined.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("We will publish the records Nobody has anything to fear.", rows[0].GetProperty("text").GetString());
        Assert.Equal("title", rows[1].GetProperty("kind").GetString());
    }
}
