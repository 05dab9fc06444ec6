using System.Text;

namespace Research;

/// <summary>Reads an article file's bytes into text, refusing empty, binary and non-UTF-8 files with a message that says what to do.</summary>
internal static class ArticleFile
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null with <paramref name="problem"/> set.</summary>
    public static string? ReadText(string path, string name, long maxBytes, out LoadProblem? problem)
    {
        problem = null;
        var bytes = ReadBytes(path, name, maxBytes, out problem);
        if (bytes is null) return null;
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            var wide = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return NotEmpty(name, wide.GetString(bytes, 2, bytes.Length - 2), out problem);
        }
        var nul = Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8192));
        if (nul >= 0)
        {
            problem = new LoadProblem(name, LineOf(bytes, nul), "is a binary file, not text: give articles as UTF-8 .txt or news-please .json files.");
            return null;
        }
        try
        {
            return NotEmpty(name, StrictUtf8.GetString(bytes), out problem);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? e.Index : 0;
            problem = new LoadProblem(name, LineOf(bytes, at),
                $"is not UTF-8 text (invalid byte 0x{bytes[Math.Min(at, bytes.Length - 1)]:X2} at byte {at}); re-save it as UTF-8.");
            return null;
        }
    }

    /// <summary>The file's bytes, read to at most <paramref name="maxBytes"/> (a file that grows past it is refused, not read on).</summary>
    public static byte[]? ReadBytes(string path, string name, long maxBytes, out LoadProblem? problem)
    {
        problem = null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            // Sized to the file when it says its length (a FIFO or device does not): no doubling copies of a huge file.
            var buffer = new MemoryStream(stream.CanSeek && stream.Length is > 0 and var length && length <= maxBytes ? (int)Math.Min(length, Array.MaxLength) : 0);
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    problem = new LoadProblem(name, null, $"is over the size limit of {maxBytes / (1024.0 * 1024):0.#} MB; skipped. " +
                        $"Raise it with {LoadOptions.MaxFileMegabytesVariable}=<MB> or LoadOptions.MaxFileBytes if it really is one article.");
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            problem = new LoadProblem(name, null, $"cannot be read ({e.Message}); skipped. Check that it exists and its permissions.");
            return null;
        }
    }

    static string? NotEmpty(string name, string text, out LoadProblem? problem)
    {
        problem = null;
        if (Blank(text))
        {
            problem = new LoadProblem(name, null, "is empty: it has no text to analyse.");
            return null;
        }
        return text;
    }

    /// <summary>Only white space and byte-order marks (checked in place: a huge file is not copied to find out).</summary>
    static bool Blank(string text)
    {
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && c != '\uFEFF') return false;
        return true;
    }

    static int LineOf(byte[] bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++) if (bytes[i] == (byte)'\n') line++;
        return line;
    }
}
