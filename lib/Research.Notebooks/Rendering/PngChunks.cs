using System.Buffers.Binary;

namespace Research.Notebooks.Rendering;

/// <summary>
/// PNG files reduced to what draws the picture, so a rerun gives the same bytes: text and time chunks (tEXt, zTXt,
/// iTXt, tIME) are dropped. Chromium's encoder writes none today; this keeps it so if that changes.
/// </summary>
public static class PngChunks
{
    static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    static readonly string[] Dropped = ["tEXt", "zTXt", "iTXt", "tIME"];

    public static bool IsPng(ReadOnlySpan<byte> data) => data.Length >= 33 && data[..8].SequenceEqual(Signature);

    /// <summary>Width and height from the IHDR chunk.</summary>
    public static (int Width, int Height) Size(ReadOnlySpan<byte> png)
    {
        if (!IsPng(png) || !png.Slice(12, 4).SequenceEqual("IHDR"u8)) throw new InvalidDataException("not a PNG file (no signature and IHDR chunk)");
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(png.Slice(16, 4)), (int)BinaryPrimitives.ReadUInt32BigEndian(png.Slice(20, 4)));
    }

    /// <summary>The chunk names in order (IHDR, ..., IEND).</summary>
    public static IReadOnlyList<string> Names(ReadOnlySpan<byte> png)
    {
        var names = new List<string>();
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.Slice(at, 4));
            names.Add(System.Text.Encoding.ASCII.GetString(png.Slice(at + 4, 4)));
            at += 12 + length;
        }
        return names;
    }

    public static byte[] WithoutTextAndTime(byte[] png)
    {
        if (!IsPng(png)) throw new InvalidDataException("not a PNG file");
        using var output = new MemoryStream(png.Length);
        output.Write(Signature);
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at, 4));
            var name = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (!Dropped.Contains(name)) output.Write(png, at, 12 + length);
            at += 12 + length;
        }
        return output.ToArray();
    }
}
