using System.Text.Json.Nodes;

namespace Research.Notebooks.Jupyter;

/// <summary>
/// One message of the Jupyter protocol: the routing identities it came with (ROUTER sockets need them to reply), its
/// four JSON parts and any binary buffers.
/// </summary>
public sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities, JsonObject Header, JsonObject ParentHeader, JsonObject Metadata, JsonObject Content,
    IReadOnlyList<byte[]> Buffers)
{
    public string MsgType => (string?)Header["msg_type"] ?? "";

    public string MsgId => (string?)Header["msg_id"] ?? "";
}
