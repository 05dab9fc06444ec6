namespace Research.Tests;

using Research;

/// <summary>Input that must not crash extraction nor make a quote run over the rest of an article.</summary>
public sealed class QuoteBadInputTests
{
    [Fact]
    public void An_article_with_no_quotes_has_none()
    {
        var set = QuoteFixture.Extract("The talks went on for two hours. Nothing was agreed.\n");
        Assert.Empty(set.Quotes);
        Assert.Empty(set.Clusters);
        Assert.Empty(set.Misattributions);
    }

    [Fact]
    public void A_megabyte_paragraph_with_unbalanced_marks_is_handled_within_the_paragraph()
    {
        var words = string.Concat(Enumerable.Repeat("the minister said that “talks will go on and ", 25_000));
        var set = QuoteFixture.Extract(words + "\n\nA short paragraph after it.\n");
        Assert.NotEmpty(set.Quotes);
        var paragraphEnd = QuoteFixture.Headline.Length + words.Length;
        Assert.All(set.Quotes, q => Assert.True(q.End <= paragraphEnd));
    }

    [Fact]
    public void Text_in_other_scripts_does_not_crash_and_its_quotes_are_found()
    {
        var set = QuoteFixture.Extract("Лавров заявил: «Мы не хотим конфликта». 外交部长说“我们希望对话”。\n\n“Ceasefire now,” — وزير الخارجية\n");
        Assert.Contains(set.Quotes, q => q.Text == "Мы не хотим конфликта");
        Assert.Contains(set.Quotes, q => q.Text == "我们希望对话");
    }

    [Fact]
    public void Marks_alone_or_empty_make_no_quotes()
    {
        var set = QuoteFixture.Extract("“” \" ” “\n\n\"\"\n");
        Assert.Empty(set.Quotes);
    }
}
