namespace Research.Tests.CorpusTests;

public class SentenceSplitterTests
{
    static string[] Split(string paragraph) =>
        Research.Corpus.FromString(paragraph + "\n").Sentences.Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("The U.S. Central Intelligence Agency said so. Officials agreed.", 2)]
    [InlineData("He met the U.N. envoy on Dec. 2 in Geneva.", 1)]
    [InlineData("Mr. Blinken and Mrs. Smith met Gen. Milley.", 1)]
    [InlineData("J. K. Rowling wrote it. She said so.", 2)]
    [InlineData("The war has killed more than 13,200 people. Kiev says 14,000.", 2)]
    [InlineData("Growth was 2.5 percent. It was slower.", 2)]
    [InlineData("It was sold to the U.S. The deal closed.", 2)]
    [InlineData("Acme Inc. said profits rose.", 1)]
    [InlineData("Officials said. to journalists on Friday.", 1)]
    public void Counts_sentences(string paragraph, int count) => Assert.Equal(count, Split(paragraph).Length);

    [Fact]
    public void Ends_a_sentence_after_a_quote_that_ends_inside_the_marks() =>
        Assert.Equal(["“We will respond,” he said.", "“It is decided.”", "The talks ended."],
            Split("“We will respond,” he said. “It is decided.” The talks ended."));

    [Fact]
    public void Ends_a_sentence_after_a_question_inside_quotes_only_when_a_new_sentence_starts() =>
        Assert.Equal(["“Why now?” he asked."], Split("“Why now?” he asked."));

    [Fact]
    public void Folds_a_stray_mark_into_the_sentence_before_it() =>
        Assert.Equal(["It is over. “"], Split("It is over. “"));

    [Fact]
    public void Splits_a_megabyte_paragraph_in_linear_time()
    {
        var paragraph = string.Concat(Enumerable.Repeat("The minister said the talks would go on. ", 25_000));
        var corpus = Research.Corpus.FromString(paragraph);
        Assert.Equal(25_000, corpus.Sentences.Count);
    }

    [Fact]
    public void Tokenizes_numbers_acronyms_and_words()
    {
        var corpus = Research.Corpus.FromString("The U.S. said 13,200 people died in the seven-and-a-half-year war.");
        var tokens = corpus.Tokens.Select(t => (t.Text, t.Kind)).ToList();
        Assert.Contains(("U.S.", "word"), tokens);
        Assert.Contains(("13,200", "number"), tokens);
        Assert.Contains(("seven-and-a-half-year", "word"), tokens);
        Assert.Equal((".", "punct"), tokens[^1]);
    }
}
