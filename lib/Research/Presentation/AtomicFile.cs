namespace Research;

/// <summary>Writes a file so that a reader never sees it half-written: a temporary file beside it, then a rename.</summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string contents) =>
        Write(path, stream =>
        {
            var bytes = new System.Text.UTF8Encoding(false).GetBytes(contents);
            stream.Write(bytes, 0, bytes.Length);
        });

    /// <summary>Writes the file through <paramref name="write"/>; if it throws, the file at <paramref name="path"/> is left as it was.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + $".{Environment.ProcessId}.tmp";
        RemoveStale(full);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
                write(stream);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Temporary files of this path left by a process that was killed mid-write (its id no longer runs) are removed.</summary>
    static void RemoveStale(string full)
    {
        var folder = Path.GetDirectoryName(full)!;
        foreach (var stale in Directory.EnumerateFiles(folder, Path.GetFileName(full) + ".*.tmp"))
        {
            var id = Path.GetExtension(Path.GetFileNameWithoutExtension(stale)).TrimStart('.');
            if (!int.TryParse(id, out var pid) || pid == Environment.ProcessId || Running(pid)) continue;
            try { File.Delete(stale); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    static bool Running(int pid)
    {
        try { using var process = System.Diagnostics.Process.GetProcessById(pid); return !process.HasExited; }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }
}
