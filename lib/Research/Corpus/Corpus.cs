namespace Research;

/// <summary>
/// A loaded corpus of news articles as tables: <see cref="Articles"/>, <see cref="Paragraphs"/>,
/// <see cref="Sentences"/>, <see cref="Tokens"/> and the <see cref="Removed"/> boilerplate, every row with its
/// character span in the article's text. Load it with <c>Corpus.Load(path)</c> or <c>Corpus.FromString(text)</c>.
/// </summary>
public sealed partial class Corpus
{
    readonly List<LoadedArticle> loaded;
    readonly Dictionary<string, LoadedArticle> byId;
    readonly Lazy<IReadOnlyList<Token>> tokens;

    internal sealed record LoadedArticle(Article Article, ArticleText Text, List<Paragraph> Paragraphs, List<Sentence> Sentences, List<RemovedText> Removed);

    Corpus(List<LoadedArticle> loaded, List<LoadProblem> problems)
    {
        this.loaded = loaded;
        byId = loaded.ToDictionary(l => l.Article.Id, StringComparer.Ordinal);
        Problems = problems;
        Articles = loaded.Select(l => l.Article).ToList();
        Paragraphs = loaded.SelectMany(l => l.Paragraphs).ToList();
        Sentences = loaded.SelectMany(l => l.Sentences).ToList();
        Removed = loaded.SelectMany(l => l.Removed).ToList();
        Events = Articles.Select(a => a.Event).Distinct().Order(StringComparer.Ordinal).ToList();
        tokens = new Lazy<IReadOnlyList<Token>>(() => loaded.SelectMany(TokensOf).ToList());
    }

    public IReadOnlyList<Article> Articles { get; }
    public IReadOnlyList<Paragraph> Paragraphs { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    /// <summary>Every token of every sentence; computed on first use.</summary>
    public IReadOnlyList<Token> Tokens => tokens.Value;
    public IReadOnlyList<RemovedText> Removed { get; }
    /// <summary>Files that could not be loaded, or were loaded in part, with what to do about them.</summary>
    public IReadOnlyList<LoadProblem> Problems { get; }
    /// <summary>The event keys, sorted.</summary>
    public IReadOnlyList<string> Events { get; }

    public Article Article(string id) => Get(id).Article;
    public ArticleText TextOf(string articleId) => Get(articleId).Text;
    public ArticleText TextOf(Article article) => Get(article.Id).Text;
    public IReadOnlyList<Paragraph> ParagraphsOf(string articleId) => Get(articleId).Paragraphs;
    public IReadOnlyList<Sentence> SentencesOf(string articleId) => Get(articleId).Sentences;
    public IReadOnlyList<RemovedText> RemovedFrom(string articleId) => Get(articleId).Removed;
    public IReadOnlyList<Article> ArticlesIn(string eventKey) => Articles.Where(a => a.Event == eventKey).ToList();

    /// <summary>Every token of every sentence, in the order of <see cref="Tokens"/>, made as they are read and not kept.</summary>
    internal IEnumerable<Token> EnumerateTokens() => tokens.IsValueCreated ? tokens.Value : loaded.SelectMany(TokensOf);

    /// <summary>The tokens of one sentence.</summary>
    public IReadOnlyList<Token> TokensOf(Sentence sentence)
    {
        var text = TextOf(sentence.Article);
        return WordTokenizer.Tokenize(text.Normalized, sentence.Start, sentence.End)
            .Select((t, i) => new Token(sentence.Article, sentence.Index, i, t.Start, t.End, text.Original[t.Start..t.End], t.Kind))
            .ToList();
    }

    /// <summary>A corpus of just these articles (same texts, same spans): one event, or a sample.</summary>
    public Corpus Subset(IEnumerable<Article> articles) =>
        new(articles.Select(a => Get(a.Id)).Distinct().ToList(), []);

    public override string ToString() =>
        $"Corpus: {Articles.Count} articles, {Articles.Select(a => a.Outlet).Distinct().Count()} outlets, {Events.Count} events, {Sentences.Count} sentences";

    IEnumerable<Token> TokensOf(LoadedArticle article) => article.Sentences.SelectMany(TokensOf);

    LoadedArticle Get(string id) => byId.TryGetValue(id, out var a) ? a
        : throw new KeyNotFoundException($"No article '{id}' in this corpus; article ids are paths relative to the corpus folder, without extension (`event/fox`; a file of the folder itself: its bare name).");
}
