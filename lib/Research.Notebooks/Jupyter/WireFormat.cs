using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Research.Notebooks.Jupyter;

/// <summary>
/// Frames on the wire: routing identities, the "&lt;IDS|MSG&gt;" delimiter, the signature, header, parent header,
/// metadata, content, then binary buffers.
/// </summary>
public static class WireFormat
{
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    /// <summary>
    /// Reads a received multipart message, checking its signature before parsing any JSON (an unsigned message is not
    /// trusted even to be parsed). Anything wrong is a <see cref="MalformedMessageException"/> saying what.
    /// </summary>
    public static JupyterMessage Parse(IReadOnlyList<byte[]> frames, MessageSigner signer)
    {
        var delimiter = -1;
        for (var i = 0; i < frames.Count; i++)
            if (frames[i].AsSpan().SequenceEqual(Delimiter)) { delimiter = i; break; }
        if (delimiter < 0) throw new MalformedMessageException($"no <IDS|MSG> delimiter among its {frames.Count} frames");
        if (frames.Count - delimiter - 1 < 5)
            throw new MalformedMessageException($"{frames.Count - delimiter - 1} frames after the delimiter, where a signature and four JSON frames are needed");

        var signature = frames[delimiter + 1];
        var parts = new[] { frames[delimiter + 2], frames[delimiter + 3], frames[delimiter + 4], frames[delimiter + 5] };
        if (!signer.Verify(signature, parts)) throw new MalformedMessageException("bad signature");

        var header = Object(parts[0], "header");
        if (header["msg_type"] is not JsonValue type || !type.TryGetValue<string>(out var name) || name.Length == 0)
            throw new MalformedMessageException("the header has no msg_type");
        return new JupyterMessage(
            frames.Take(delimiter).ToArray(), header, Object(parts[1], "parent_header"), Object(parts[2], "metadata"),
            Object(parts[3], "content"), frames.Skip(delimiter + 6).ToArray());
    }

    /// <summary>The frames to send: identities, delimiter, signature, the four JSON parts, buffers.</summary>
    public static List<byte[]> Serialize(JupyterMessage message, MessageSigner signer)
    {
        var parts = new[] { Json(message.Header), Json(message.ParentHeader), Json(message.Metadata), Json(message.Content) };
        var frames = new List<byte[]>(message.Identities.Count + 6 + message.Buffers.Count);
        frames.AddRange(message.Identities);
        frames.Add(Delimiter);
        frames.Add(signer.Sign(parts));
        frames.AddRange(parts);
        frames.AddRange(message.Buffers);
        return frames;
    }

    static byte[] Json(JsonObject part) => Encoding.UTF8.GetBytes(part.ToJsonString());

    static JsonObject Object(byte[] frame, string name)
    {
        try
        {
            return JsonNode.Parse(frame) as JsonObject ?? throw new MalformedMessageException($"the {name} is not a JSON object");
        }
        catch (JsonException e) { throw new MalformedMessageException($"the {name} is not valid JSON ({e.Message})"); }
    }
}

/// <summary>A received message the kernel refuses: bad signature, missing frames, invalid JSON.</summary>
public sealed class MalformedMessageException(string reason) : Exception(reason);
