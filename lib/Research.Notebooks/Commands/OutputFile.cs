using System.CommandLine;
using System.Text;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>
/// Where `-o` may write: never over a read-only file or onto a folder, and over an existing file only when it is the
/// kind the command writes (JSON lines, this CSV, a SQLite database) and not a file of the corpus being read, unless
/// `--force`. The file is written whole through a temporary file beside it, or not at all.
/// </summary>
internal static class OutputFile
{
    public enum Kind { JsonLines, Csv, Sqlite, Parquet }

    public static Option<bool> ForceOption() => new("--force")
    {
        Description = "Replace the -o file even if it is not the kind this command writes (never a read-only file).",
    };

    /// <summary>Why <paramref name="path"/> must not be replaced, or null when it may be. <paramref name="csvHeader"/> is the header a CSV output starts with.</summary>
    public static string? Refusal(string path, Kind kind, bool force, IEnumerable<string> corpusPaths, string? csvHeader = null)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            return $"{path} is a folder; give a file name for the output, such as {Path.Combine(path, kind == Kind.Sqlite ? "corpus.db" : "out." + Extension(kind))}.";
        if (!File.Exists(full)) return null;
        if ((File.GetAttributes(full) & FileAttributes.ReadOnly) != 0)
            return $"{path} is read-only, so it is left as it is. Choose another file with -o, or make it writable first.";
        if (force) return null;
        const string Force = "Choose another file with -o, or add --force to replace it.";
        if (IsCorpusFile(full, corpusPaths))
            return $"{path} is a file of the corpus being read; it is not replaced. {Force}";
        var head = Head(full, 4096);
        if (head.Length == 0) return null;
        var ok = kind switch
        {
            Kind.Sqlite => head.AsSpan().StartsWith("SQLite format 3\0"u8),
            Kind.Parquet => head.AsSpan().StartsWith("PAR1"u8),
            Kind.JsonLines => FirstLine(head) is var l && l.StartsWith('{') && l.EndsWith('}'),
            _ => csvHeader is null
                ? System.Text.RegularExpressions.Regex.IsMatch(FirstLine(head), "^[a-z][a-z0-9_]*(,[a-z][a-z0-9_]*)*$")  // some output of the kit's, until the header is known
                : FirstLine(head) == csvHeader.TrimEnd('\n', '\r'),
        };
        return ok ? null : $"{path} exists and is not {Describe(kind)}; it is not replaced. {Force}";
    }

    /// <summary>Writes the text whole (a temporary file, then a rename), or prints why not and leaves nothing behind.</summary>
    public static bool TryWrite(string path, string text)
    {
        try
        {
            AtomicFile.WriteAllText(path, text);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot write {path}: {e.Message.TrimEnd('.')}. Choose another path with -o.");
            return false;
        }
    }

    /// <summary>True when the loader would read this file from one of the corpus paths: an article or a sources.csv under a corpus folder, or a corpus file named itself.</summary>
    static bool IsCorpusFile(string full, IEnumerable<string> corpusPaths)
    {
        var real = Real(full);
        foreach (var corpus in corpusPaths)
        {
            var root = Real(Path.GetFullPath(corpus));
            if (real == root) return true;
            if (!Directory.Exists(root)) continue;
            var relative = Path.GetRelativePath(root, real);
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) continue;
            var name = Path.GetFileName(real);
            if (name == SourceManifest.FileName || Path.GetExtension(name) is var ext && (ext.Equals(".txt", StringComparison.OrdinalIgnoreCase) || ext.Equals(".json", StringComparison.OrdinalIgnoreCase)))
                return true;
        }
        return false;
    }

    static string Real(string path)
    {
        try { return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path; }
        catch (IOException) { return path; }
    }

    static byte[] Head(string path, int count)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new byte[count];
        var n = stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        return buffer[..n];
    }

    static string FirstLine(byte[] head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF');
        var end = text.IndexOfAny(['\n', '\r']);
        return (end < 0 ? text : text[..end]).Trim();
    }

    static string Extension(Kind kind) => kind switch { Kind.Csv => "csv", Kind.Parquet => "parquet", _ => "jsonl" };

    static string Describe(Kind kind) => kind switch
    {
        Kind.Sqlite => "a SQLite database",
        Kind.JsonLines => "JSON lines",
        Kind.Parquet => "a Parquet file",
        _ => "a CSV file with this command's columns",
    };
}
