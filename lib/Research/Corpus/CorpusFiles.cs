namespace Research;

/// <summary>
/// Finds a corpus's files on disk: folders walked recursively, each real folder read once however many links lead to
/// it (so a loop of links ends), and every folder or file that cannot be read, that is not a regular file (a FIFO, a
/// device, a socket) or that is over the size limit named as a problem instead of opened.
/// </summary>
internal static class CorpusFiles
{
    /// <summary>An article file: where it is, its id (the path relative to the corpus root without extension, `/`-separated),
    /// its name as outputs show it (the same path with its extension), and its folder (whose sources.csv describes it).</summary>
    public sealed record Found(string Path, string Id, string File, string Folder, string FolderDisplay, bool InSubfolder);

    public static List<Found> Find(IEnumerable<string> paths, LoadOptions options, Func<string, bool> isArticle, List<LoadProblem> problems)
    {
        var found = new List<Found>();
        var seenFolders = new Dictionary<string, string>(StringComparer.Ordinal);
        var seenFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path)) Walk(Path.GetFullPath(path), options, isArticle, problems, found, seenFolders, seenFiles);
            else if (File.Exists(path))
            {
                var full = Path.GetFullPath(path);
                var name = System.IO.Path.GetFileName(full);
                if (Accept(full, name, options, problems, seenFiles))
                    found.Add(new Found(full, System.IO.Path.GetFileNameWithoutExtension(name), name, System.IO.Path.GetDirectoryName(full)!, "", false));
            }
            else
                throw new CorpusLoadException($"{path}: no such file or folder. Give a folder of .txt or news-please .json articles, or one such file.");
        }
        return found;
    }

    static void Walk(string root, LoadOptions options, Func<string, bool> isArticle, List<LoadProblem> problems, List<Found> found,
        Dictionary<string, string> seenFolders, Dictionary<string, string> seenFiles)
    {
        // Folders reached through links wait until every folder reached without one is read, so a file keeps the
        // path it has in the corpus itself, and a link to a folder already read is named, not read again.
        var pending = new Stack<string>();
        var throughLinks = new Queue<string>();
        if (!SeenBefore(root, "", seenFolders, problems)) pending.Push(root);
        while (pending.Count > 0 || throughLinks.Count > 0)
        {
            string folder;
            if (pending.Count > 0) folder = pending.Pop();
            else
            {
                folder = throughLinks.Dequeue();
                if (SeenBefore(folder, Relative(root, folder), seenFolders, problems)) continue;
            }
            var display = Relative(root, folder);
            List<FileSystemInfo> entries;
            try { entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                problems.Add(new LoadProblem(Slash(display), null, $"folder cannot be read ({e.Message}); its files are skipped. Check its permissions."));
                continue;
            }
            var subfolders = new List<string>();
            foreach (var entry in entries)
            {
                var relative = Relative(root, entry.FullName);
                FileKind kind;
                try { kind = FileKind.Of(entry.FullName); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    if (entry is DirectoryInfo || isArticle(entry.Name) || entry.Name == SourceManifest.FileName)
                        problems.Add(new LoadProblem(relative, null, $"cannot be read ({e.Message}); skipped."));
                    continue;
                }
                if (kind.Kind == FileKind.Type.Folder)
                {
                    if (entry.LinkTarget is not null) throughLinks.Enqueue(entry.FullName);
                    else if (!SeenBefore(entry.FullName, relative, seenFolders, problems)) subfolders.Add(entry.FullName);
                    continue;
                }
                if (!isArticle(entry.Name)) continue;
                if (Accept(entry.FullName, relative, options, problems, seenFiles, kind))
                    found.Add(new Found(entry.FullName, WithoutExtension(relative), relative, folder, display, display.Length > 0));
            }
            for (var i = subfolders.Count - 1; i >= 0; i--) pending.Push(subfolders[i]);
        }
    }

    /// <summary>True when the file may be opened: a regular file under the size limit, not already found through another link.</summary>
    public static bool Accept(string path, string display, LoadOptions options, List<LoadProblem> problems, Dictionary<string, string>? seenFiles = null, FileKind? known = null)
    {
        FileKind kind;
        try { kind = known ?? FileKind.Of(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new LoadProblem(display, null, $"cannot be read ({e.Message}); skipped."));
            return false;
        }
        if (kind.Kind != FileKind.Type.Regular)
        {
            problems.Add(new LoadProblem(display, null, $"is {kind.Describe()}, not a regular file; skipped. Give articles as ordinary files."));
            return false;
        }
        if (kind.Size > options.MaxFileBytes)
        {
            problems.Add(new LoadProblem(display, null,
                $"is {Megabytes(kind.Size)}, over the size limit of {Megabytes(options.MaxFileBytes)}; skipped. Raise the limit with " +
                $"{LoadOptions.MaxFileMegabytesVariable}=<MB> or LoadOptions.MaxFileBytes if it really is one article."));
            return false;
        }
        if (seenFiles is not null)
        {
            var real = RealPath(path);
            if (seenFiles.TryGetValue(real, out var first))
            {
                problems.Add(new LoadProblem(display, null, $"is the same file as {first} (through a link); loaded once."));
                return false;
            }
            seenFiles[real] = display;
        }
        return true;
    }

    static bool SeenBefore(string folder, string display, Dictionary<string, string> seen, List<LoadProblem> problems)
    {
        string real;
        try { real = RealPath(folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new LoadProblem(Slash(display), null, $"cannot be followed ({e.Message}); skipped."));
            return true;
        }
        if (seen.TryGetValue(real, out var first))
        {
            problems.Add(new LoadProblem(Slash(display), null,
                $"leads to a folder already read ({(first.Length == 0 ? "the corpus folder" : Slash(first))}) through a link; skipped, so each folder is read once and a loop of links ends."));
            return true;
        }
        seen[real] = display;
        return false;
    }

    /// <summary>The path with every link on the way resolved: the identity of a folder or file however it is reached.</summary>
    public static string RealPath(string path) => RealPath(Path.GetFullPath(path), 0);

    static string RealPath(string full, int depth)
    {
        if (depth > 40) throw new IOException("too many levels of symbolic links (a loop of links)");
        var parent = Path.GetDirectoryName(full);
        if (parent is null) return full;
        var candidate = Path.Combine(RealPath(parent, depth), Path.GetFileName(full));
        FileSystemInfo info = Directory.Exists(candidate) ? new DirectoryInfo(candidate) : new FileInfo(candidate);
        if (info.LinkTarget is not string target) return candidate;
        var next = Path.IsPathRooted(target) ? target : Path.Combine(Path.GetDirectoryName(candidate)!, target);
        return RealPath(Path.GetFullPath(next), depth + 1);
    }

    static string Relative(string root, string path) => path == root ? "" : Path.GetRelativePath(root, path).Replace('\\', '/');

    static string WithoutExtension(string relative)
    {
        var dot = relative.LastIndexOf('.');
        return dot > relative.LastIndexOf('/') ? relative[..dot] : relative;
    }

    static string Slash(string display) => display.Length == 0 ? "./" : display + "/";

    static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";
}
