namespace Research.Notebooks.Tests;

/// <summary>Same-statement pairs in `eval quotes` and `eval align`, and `eval paraphrase --fit --save/--weights`, on fixtures written for the test.</summary>
[Collection(ConsoleCommandCollection.Name)]
public sealed class SameStatementCommandsTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-same-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    const string A = "Talks in Riga\n\nThe minister spoke on Monday.\n\n“We will talk again next week in Riga about the gas pipeline,” said Foreign Minister Anna Berg.\n\nThe weather was cold.\n";
    const string B = "Berg in Riga\n\nReporters waited outside.\n\n“We will talk again next week in Riga about the gas pipeline,” Foreign Minister Anna Berg told reporters.\n\nTrains were late.\n";

    (string Corpus, string Gold) Fixture()
    {
        var dir = Path.Combine(folder, "event");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "a.txt"), A);
        File.WriteAllText(Path.Combine(dir, "b.txt"), B);
        const string quote = "We will talk again next week in Riga about the gas pipeline";
        var gold = Path.Combine(folder, "gold.json");
        File.WriteAllText(gold, $$"""
            {"quotes": [
              {"doc": "a.txt", "start": {{A.IndexOf(quote)}}, "end": {{A.IndexOf(quote) + quote.Length}}, "text": "{{quote}}", "speaker": "Anna Berg", "cluster": "talk"},
              {"doc": "b.txt", "start": {{B.IndexOf(quote)}}, "end": {{B.IndexOf(quote) + quote.Length}}, "text": "{{quote}}", "speaker": "Anna Berg", "cluster": "talk"}
            ]}
            """);
        return (dir, gold);
    }

    [Fact]
    public void Eval_quotes_prints_the_same_statement_pairs_of_the_quote_clusters()
    {
        var (corpus, gold) = Fixture();
        var (code, output, _) = ConsoleCommand.Run("eval", "quotes", "--gold", gold, corpus, "--statements");
        Assert.Equal(0, code);
        Assert.Contains("same-statement quote pairs: gold_pairs=1 found_pairs=1 right=1 precision=1.000 recall=1.000 f1=1.000", output);
        // Without --statements the cluster keys are not read as statements (PolNeAR's are attribution ids).
        Assert.DoesNotContain("same-statement", ConsoleCommand.Run("eval", "quotes", "--gold", gold, corpus).Out);
        // A gold file without cluster keys says so, naming the file.
        var bare = Path.Combine(Path.GetDirectoryName(gold)!, "bare.json");
        File.WriteAllText(bare, File.ReadAllText(gold).Replace(", \"cluster\": \"talk\"", ""));
        Assert.Contains("bare.json gives no quote a `cluster` key: not scored", ConsoleCommand.Run("eval", "quotes", "--gold", bare, corpus, "--statements").Out);
    }

    [Fact]
    public void Eval_align_scores_aligned_sentences_against_the_gold_clusters()
    {
        var (corpus, gold) = Fixture();
        var (code, output, _) = ConsoleCommand.Run("eval", "align", "--gold", gold, corpus);
        Assert.Equal(0, code);
        Assert.Contains("(aligned): gold_pairs=1 found_pairs=1 right=1 precision=1.000 recall=1.000 f1=1.000", output);
        Assert.Contains("(passages): gold_pairs=1 found_pairs=1 right=1", output);
    }

    [Fact]
    public void Eval_paraphrase_refits_saves_and_scores_with_the_saved_weights()
    {
        string[] sentences =
        [
            "The council approved the budget for the coming year after a long debate.",
            "Heavy rain flooded several roads in the north of the region on Monday.",
            "The club signed a new striker from a rival team for an undisclosed fee.",
            "Shares in the carmaker rose after it reported higher sales in Asia.",
            "The museum will reopen its east wing to visitors next spring.",
            "Police arrested two men after a break-in at a jeweller's shop.",
        ];
        var pairs = Path.Combine(folder, "pairs.tsv");
        File.WriteAllLines(pairs, new[] { "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String" }
            .Concat(sentences.SelectMany((s, i) => new[] { $"1\t{i}\t{i}\t{s}\tReports said: {s}", $"0\t{i}\t{i + 1}\t{s}\t{sentences[(i + 2) % sentences.Length]}" })));
        var weights = Path.Combine(folder, "weights.tsv");
        var (code, output, _) = ConsoleCommand.Run("eval", "paraphrase", pairs, "--fit", "--threshold", "0.5", "--save", weights);
        Assert.Equal(0, code);
        Assert.Contains("5-fold cross-validated: pairs=12 threshold=0.50 accuracy=1.000", output);
        Assert.StartsWith("# Same-statement weights fitted", File.ReadAllText(weights));
        (code, output, _) = ConsoleCommand.Run("eval", "paraphrase", pairs, "--weights", weights);
        Assert.Equal(0, code);
        Assert.Contains("pairs=12 threshold=0.50 accuracy=1.000", output);
        File.WriteAllText(weights, "name\tvalue\nbias\t1\n");
        (code, _, var error) = ConsoleCommand.Run("eval", "paraphrase", pairs, "--weights", weights);
        Assert.Equal(2, code);
        Assert.Contains("missing", error);
    }
}
