using System.Globalization;
using System.Text.Json.Nodes;

namespace Research.Notebooks.Jupyter;

/// <summary>The kernel's side of a session: its id and user, stamped on every message it sends.</summary>
public sealed class KernelSession
{
    public const string ProtocolVersion = "5.3";

    public string Id { get; } = Guid.NewGuid().ToString();

    public string UserName { get; } = Environment.UserName;

    /// <summary>
    /// A message in answer to (or published on behalf of) <paramref name="parent"/>: its header becomes the parent
    /// header, so clients know which request an output belongs to, and replies go back to the same identities.
    /// </summary>
    public JupyterMessage Create(string msgType, JsonObject content, JupyterMessage? parent, IReadOnlyList<byte[]>? identities = null)
    {
        var header = new JsonObject
        {
            ["msg_id"] = Guid.NewGuid().ToString(),
            ["session"] = Id,
            ["username"] = UserName,
            ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            ["msg_type"] = msgType,
            ["version"] = ProtocolVersion,
        };
        var parentHeader = parent is null ? new JsonObject() : (JsonObject)parent.Header.DeepClone();
        return new JupyterMessage(identities ?? parent?.Identities ?? [], header, parentHeader, new JsonObject(), content, []);
    }
}
