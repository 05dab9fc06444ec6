using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Research.Notebooks.Jupyter;

/// <summary>
/// What a Jupyter client's connection file tells the kernel: where to listen (one ip, five ports) and the key that
/// signs every message.
/// </summary>
public sealed record KernelConnection(
    string Transport, string Ip, int ShellPort, int ControlPort, int StdinPort, int IOPubPort, int HeartbeatPort,
    string Key, string SignatureScheme)
{
    /// <summary>The ZeroMQ endpoint a socket binds to; only the connection file's own ip, never every interface.</summary>
    public string Endpoint(int port) => $"{Transport}://{Ip}:{port}";

    /// <summary>Reads a connection file; anything wrong with it is an <see cref="InvalidDataException"/> naming the file and the field.</summary>
    public static KernelConnection Read(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read the connection file: {e.Message}", e);
        }
        return Parse(text, path);
    }

    /// <summary>Parses a connection file's text; <paramref name="source"/> names it in error messages.</summary>
    public static KernelConnection Parse(string json, string source)
    {
        JsonObject file;
        try { file = JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException($"{source}: a connection file is a JSON object."); }
        catch (JsonException e) { throw new InvalidDataException($"{source}: not valid JSON: {e.Message}", e); }

        var transport = Text(file, "transport", source, "tcp");
        // NetMQ speaks tcp only (it has no ipc on Linux): say so rather than fail at bind time.
        if (transport != "tcp") throw new InvalidDataException($"{source}: transport \"{transport}\" is not supported; use \"tcp\".");
        var ip = Text(file, "ip", source, "127.0.0.1");
        if (!IPAddress.TryParse(ip, out _)) throw new InvalidDataException($"{source}: ip \"{ip}\" is not an IP address.");
        var scheme = Text(file, "signature_scheme", source, "hmac-sha256");
        if (scheme != "hmac-sha256") throw new InvalidDataException($"{source}: signature_scheme \"{scheme}\" is not supported; use \"hmac-sha256\".");
        return new KernelConnection(transport, ip,
            Port(file, "shell_port", source), Port(file, "control_port", source), Port(file, "stdin_port", source),
            Port(file, "iopub_port", source), Port(file, "hb_port", source),
            Text(file, "key", source, ""), scheme);
    }

    static string Text(JsonObject file, string name, string source, string fallback)
    {
        var node = file[name];
        if (node is null) return fallback;
        if (node is JsonValue value && value.TryGetValue<string>(out var text)) return text;
        throw new InvalidDataException($"{source}: \"{name}\" must be a string.");
    }

    static int Port(JsonObject file, string name, string source)
    {
        var node = file[name] ?? throw new InvalidDataException($"{source}: \"{name}\" is missing.");
        // A port of 0 would mean "any port", which the client could not know: refuse it.
        if (node is JsonValue value && value.TryGetValue<int>(out var port) && port is > 0 and < 65536) return port;
        throw new InvalidDataException($"{source}: \"{name}\" must be a port number from 1 to 65535, not {node.ToJsonString()}.");
    }
}
