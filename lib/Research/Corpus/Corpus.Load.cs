namespace Research;

public sealed partial class Corpus
{
    static readonly HashSet<string> ArticleExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".json" };
    static readonly string[] NotArticles = ["README", "LICENSE", "SOURCE", "NOTICE"];

    /// <summary>
    /// Loads a folder (recursively), a file, or several of them. An article's id is its path relative to the folder
    /// given, without extension (`event/fox` for `event/fox.txt`; a file of the folder itself keeps its bare name).
    /// Bad files are skipped and listed in <see cref="Problems"/>; no single file stops the load.
    /// </summary>
    /// <exception cref="CorpusLoadException">A path does not exist, or nothing could be loaded.</exception>
    public static Corpus Load(params string[] paths) => Load(LoadOptions.Default, paths);

    public static Corpus Load(IEnumerable<string> paths) => Load(LoadOptions.Default, paths);

    /// <summary>Loads as <see cref="Load(string[])"/> does, with a size limit of your choice.</summary>
    public static Corpus Load(LoadOptions options, params string[] paths) => Load(options, (IEnumerable<string>)paths);

    public static Corpus Load(LoadOptions options, IEnumerable<string> paths)
    {
        var given = paths.ToList();
        var problems = new List<LoadProblem>();
        var files = CorpusFiles.Find(given, options, IsArticleFile, problems)
            .DistinctBy(f => f.Path)
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var manifests = files.GroupBy(f => f.Folder).ToDictionary(g => g.Key,
            g => SourceManifest.Read(g.Key, g.First().FolderDisplay, options, problems));

        var results = files.AsParallel().AsOrdered()
            .Select(f => LoadFile(f, manifests[f.Folder], options))
            .ToList();
        problems.AddRange(results.SelectMany(r => r.Problems));
        var articles = results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        foreach (var duplicate in articles.GroupBy(a => a.Article.Id).Where(g => g.Count() > 1))
            problems.Add(new LoadProblem(duplicate.Key, null,
                $"{duplicate.Count()} files have this id ({string.Join(", ", duplicate.Select(d => d.Article.File))}), from different folders given; only the first is loaded. Give their common parent folder instead."));
        articles = articles.DistinctBy(a => a.Article.Id).ToList();
        if (articles.Count == 0)
            throw new CorpusLoadException(
                $"No articles loaded from {string.Join(", ", given)}: " +
                (problems.Count == 0 ? "no .txt or .json files found." : string.Join(" ", problems.Select(p => p.ToString()))),
                problems);
        return new Corpus(articles, problems);
    }

    /// <summary>A corpus of one plain-text article given as a string: for tests and quick looks.</summary>
    public static Corpus FromString(string text, string file = "article.txt", string eventKey = "event") =>
        FromStrings([(file, text)], eventKey);

    /// <summary>A corpus of several articles given as (file name, text); `.json` names are read as news-please JSON.</summary>
    public static Corpus FromStrings(IEnumerable<(string File, string Text)> articles, string eventKey = "event")
    {
        var problems = new List<LoadProblem>();
        var loaded = new List<LoadedArticle>();
        foreach (var (file, text) in articles)
        {
            var (article, found) = Read(file, Path.GetFileNameWithoutExtension(file), text, eventKey, null, null);
            problems.AddRange(found);
            if (article is not null) loaded.Add(article);
        }
        return new Corpus(loaded, problems);
    }

    static bool IsArticleFile(string path) =>
        ArticleExtensions.Contains(Path.GetExtension(path)) &&
        !NotArticles.Any(n => Path.GetFileName(path).StartsWith(n, StringComparison.OrdinalIgnoreCase));

    static (LoadedArticle? Article, List<LoadProblem> Problems) LoadFile(CorpusFiles.Found file, SourceManifest manifest, LoadOptions options)
    {
        var text = ArticleFile.ReadText(file.Path, file.File, options.MaxFileBytes, out var problem);
        if (text is null) return (null, [problem!]);
        var name = Path.GetFileName(file.Path);
        return Read(file.File, file.Id, text, Path.GetFileName(file.Folder), manifest.For(name),
            file.InSubfolder ? OutletFileName.OutletOf(name) : null);
    }

    /// <summary>One article's text read and laid out; whatever goes wrong becomes a problem naming the file, never an exception.</summary>
    static (LoadedArticle? Article, List<LoadProblem> Problems) Read(string file, string id, string text, string folderEvent,
        SourceManifest.Entry? manifest, string? outletFromName)
    {
        var problems = new List<LoadProblem>();
        try
        {
            var raw = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? NewsPleaseReader.Read(file, text, out var problem)
                : PlainText(file, text, out problem);
            if (problem is not null) problems.Add(problem);
            return (raw is null ? null : Build(raw, id, folderEvent, manifest, outletFromName, problems), problems);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of the kit's must not cost the user the rest of the corpus: name the file and carry on.
            problems.Add(new LoadProblem(file, null, $"could not be loaded ({e.GetType().Name}: {e.Message}); the rest of the corpus loads. Please report this file."));
            return (null, problems);
        }
    }

    static RawArticle? PlainText(string file, string text, out LoadProblem? problem)
    {
        problem = string.IsNullOrWhiteSpace(text) ? new LoadProblem(file, null, "is empty: it has no text to analyse.") : null;
        return problem is null ? new RawArticle(file, text, null, null, null, null, null, null, null) : null;
    }
}
