namespace Research.Tests.CorpusTests;

using System.Text;
using Research;

/// <summary>Sentences and paragraphs cut their text from the article's text (issue 15, linear cost): what they show is unchanged.</summary>
public sealed class SpanTextTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-spans-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    const string Article = " date 2021-12-02\nTalks End “Without” Agreement\n\nBlinken said the talks were “frank.” Lavrov disagreed.\n\nThe meeting lasted 40 minutes.\n";

    [Fact]
    public void A_sentence_and_a_paragraph_read_their_span_of_the_original_text()
    {
        var corpus = Research.Corpus.FromString(Article);
        var original = corpus.TextOf(corpus.Articles[0]).Original;
        Assert.All(corpus.Sentences, s => Assert.Equal(original[s.Start..s.End], s.Text));
        Assert.All(corpus.Paragraphs, p => Assert.Equal(original[p.Start..p.End], p.Text));
        Assert.Contains(corpus.Sentences, s => s.Text == "Blinken said the talks were “frank.”");
    }

    [Fact]
    public void A_loaded_sentence_equals_one_built_from_its_fields_and_text()
    {
        var loaded = Research.Corpus.FromString(Article).Sentences[1];
        var built = new Sentence(loaded.Article, loaded.Index, loaded.Paragraph, loaded.Start, loaded.End, loaded.Text);
        Assert.Equal(built, loaded);
        Assert.Equal(built.GetHashCode(), loaded.GetHashCode());
        Assert.Equal(built.ToString(), loaded.ToString());
        Assert.NotEqual(built with { Start = built.Start + 1 }, loaded);
        Assert.NotEqual(new Sentence(loaded.Article, loaded.Index, loaded.Paragraph, loaded.Start, loaded.End, "Other words."), loaded);
        var (article, index, paragraph, start, end, text) = loaded;
        Assert.Equal((loaded.Article, loaded.Index, loaded.Paragraph, loaded.Start, loaded.End, loaded.Text), (article, index, paragraph, start, end, text));
        Assert.Equal(loaded.Text, (loaded with { Index = 7 }).Text);
    }

    [Fact]
    public void A_sentence_made_from_its_span_alone_has_empty_text_and_compares_without_error()
    {
        var bare = new Sentence("a", 0, 0, 0, 5);
        Assert.Equal("", bare.Text);
        Assert.Equal(new Sentence("a", 0, 0, 0, 5), bare);
        Assert.NotEqual(new Sentence("a", 0, 0, 0, 5, "Words"), bare);
        Assert.Equal("", new Paragraph("a", 0, "body", 0, 5).Text);
    }

    [Fact]
    public void A_loaded_paragraph_equals_one_built_from_its_fields_and_text()
    {
        var loaded = Research.Corpus.FromString(Article).Paragraphs[1];
        var built = new Paragraph(loaded.Article, loaded.Index, loaded.Role, loaded.Start, loaded.End, loaded.Text);
        Assert.Equal(built, loaded);
        Assert.Equal(built.GetHashCode(), loaded.GetHashCode());
        var (_, _, role, _, _, text) = loaded;
        Assert.Equal(("body", loaded.Text), (role, text));
    }

    [Fact]
    public void A_file_larger_than_the_read_buffer_loads_whole_and_a_file_of_byte_order_marks_is_empty()
    {
        var body = new StringBuilder(" date 2021-12-02\nA Long Report\n\n");
        for (var i = 0; body.Length < 300_000; i++) body.Append($"Paragraph {i} says the talks went on, officials said.\n\n");
        File.WriteAllText(Path.Combine(folder, "long.txt"), body.ToString(), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "marks.txt"), "\uFEFF\uFEFF \n", new UTF8Encoding(false));
        var corpus = Research.Corpus.Load(folder);
        Assert.Equal(body.ToString(), corpus.TextOf(corpus.Article("long")).Original);
        Assert.Contains("empty", Assert.Single(corpus.Problems, p => p.File == "marks.txt").ToString());
    }
}
