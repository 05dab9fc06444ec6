namespace Research;

public sealed partial class Corpus
{
    static readonly HashSet<string> ArticleExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".json" };
    static readonly string[] NotArticles = ["README", "LICENSE", "SOURCE", "NOTICE"];

    /// <summary>Loads a folder (recursively), a file, or several of them. Bad files are skipped and listed in <see cref="Problems"/>.</summary>
    /// <exception cref="CorpusLoadException">A path does not exist, or nothing could be loaded.</exception>
    public static Corpus Load(params string[] paths) => Load((IEnumerable<string>)paths);

    public static Corpus Load(IEnumerable<string> paths)
    {
        var problems = new List<LoadProblem>();
        var files = new List<(string Path, string Folder)>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsArticleFile)
                    .Select(f => (f, Path.GetDirectoryName(f)!)));
            else if (File.Exists(path))
                files.Add((path, Path.GetDirectoryName(Path.GetFullPath(path))!));
            else
                throw new CorpusLoadException($"{path}: no such file or folder. Give a folder of .txt or news-please .json articles, or one such file.");
        }
        files = files.DistinctBy(f => Path.GetFullPath(f.Path)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var manifests = files.Select(f => f.Folder).Distinct()
            .ToDictionary(folder => folder, folder => SourceManifest.Read(folder, problems));

        var results = files.AsParallel().AsOrdered()
            .Select(f => LoadFile(f.Path, Path.GetFileName(f.Folder), manifests[f.Folder]))
            .ToList();
        problems.AddRange(results.Where(r => r.Problem is not null).Select(r => r.Problem!));
        var articles = results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        foreach (var duplicate in articles.GroupBy(a => a.Article.Id).Where(g => g.Count() > 1))
            problems.Add(new LoadProblem(duplicate.Key, null, $"{duplicate.Count()} files share this name; only the first is loaded. Rename the others."));
        articles = articles.DistinctBy(a => a.Article.Id).ToList();
        if (articles.Count == 0)
            throw new CorpusLoadException(
                $"No articles loaded from {string.Join(", ", paths)}: " +
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
            var raw = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? NewsPleaseReader.Read(file, text, out var problem)
                : PlainText(file, text, out problem);
            if (problem is not null) problems.Add(problem);
            if (raw is not null) loaded.Add(Build(raw, eventKey, null));
        }
        return new Corpus(loaded, problems);
    }

    static bool IsArticleFile(string path) =>
        ArticleExtensions.Contains(Path.GetExtension(path)) &&
        !NotArticles.Any(n => Path.GetFileName(path).StartsWith(n, StringComparison.OrdinalIgnoreCase));

    static (LoadedArticle? Article, LoadProblem? Problem) LoadFile(string path, string folderName, SourceManifest manifest)
    {
        var file = Path.GetFileName(path);
        if (!ArticleExtensions.Contains(Path.GetExtension(path)))
            return (null, new LoadProblem(file, null, "is neither .txt nor .json; give plain-text or news-please JSON articles."));
        var text = ArticleFile.ReadText(path, out var problem);
        if (text is null) return (null, problem);
        var raw = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? NewsPleaseReader.Read(file, text, out problem)
            : PlainText(file, text, out problem);
        return raw is null ? (null, problem) : (Build(raw, folderName, manifest.For(file)), null);
    }

    static RawArticle? PlainText(string file, string text, out LoadProblem? problem)
    {
        problem = string.IsNullOrWhiteSpace(text) ? new LoadProblem(file, null, "is empty: it has no text to analyse.") : null;
        return problem is null ? new RawArticle(file, text, null, null, null, null, null, null, null) : null;
    }
}
