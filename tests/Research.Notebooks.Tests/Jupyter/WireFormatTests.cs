using System.Text;
using System.Text.Json.Nodes;
using Research.Notebooks.Jupyter;

namespace Research.Notebooks.Tests.Jupyter;

public sealed class WireFormatTests
{
    static readonly MessageSigner Signer = new("key");

    static List<byte[]> Frames(string header = "{\"msg_type\":\"kernel_info_request\",\"msg_id\":\"m1\"}", string content = "{}")
    {
        var parts = new[] { header, "{}", "{}", content }.Select(Encoding.UTF8.GetBytes).ToArray();
        return [Encoding.UTF8.GetBytes("client-id"), WireFormat.Delimiter, Signer.Sign(parts), .. parts];
    }

    [Fact]
    public void A_serialized_message_parses_back_with_its_identities_and_buffers()
    {
        var message = new JupyterMessage([[1, 2], [3]], new JsonObject { ["msg_type"] = "execute_request", ["msg_id"] = "x" },
            new JsonObject(), new JsonObject { ["m"] = 1 }, new JsonObject { ["code"] = "é😀" }, [[9, 9, 9]]);
        var parsed = WireFormat.Parse(WireFormat.Serialize(message, Signer), Signer);
        Assert.Equal("execute_request", parsed.MsgType);
        Assert.Equal([[1, 2], [3]], parsed.Identities);
        Assert.Equal("é😀", (string?)parsed.Content["code"]);
        Assert.Equal(1, (int?)parsed.Metadata["m"]);
        Assert.Equal([[9, 9, 9]], parsed.Buffers);
    }

    [Fact]
    public void A_well_formed_message_from_a_client_parses()
    {
        var message = WireFormat.Parse(Frames(), Signer);
        Assert.Equal("kernel_info_request", message.MsgType);
        Assert.Equal("m1", message.MsgId);
        Assert.Equal("client-id", Encoding.UTF8.GetString(message.Identities.Single()));
    }

    [Fact]
    public void A_message_without_the_delimiter_is_refused()
    {
        var frames = Frames();
        frames.RemoveAt(1);
        Assert.Contains("delimiter", Assert.Throws<MalformedMessageException>(() => WireFormat.Parse(frames, Signer)).Message);
    }

    [Fact]
    public void A_message_with_too_few_frames_is_refused()
    {
        var frames = Frames()[..5];
        Assert.Contains("frames after the delimiter", Assert.Throws<MalformedMessageException>(() => WireFormat.Parse(frames, Signer)).Message);
        Assert.Throws<MalformedMessageException>(() => WireFormat.Parse([], Signer));
    }

    [Fact]
    public void A_message_with_a_wrong_signature_is_refused_before_its_json_is_read()
    {
        var frames = Frames();
        frames[2] = Encoding.ASCII.GetBytes(new string('0', 64));
        Assert.Contains("signature", Assert.Throws<MalformedMessageException>(() => WireFormat.Parse(frames, Signer)).Message);
    }

    [Theory]
    [InlineData("{\"msg_type\":", "header")]
    [InlineData("[1,2]", "header")]
    [InlineData("{\"msg_id\":\"m\"}", "msg_type")]
    [InlineData("{\"msg_type\":3}", "msg_type")]
    public void A_signed_message_with_a_bad_header_is_refused(string header, string named)
    {
        Assert.Contains(named, Assert.Throws<MalformedMessageException>(() => WireFormat.Parse(Frames(header), Signer)).Message);
    }

    [Fact]
    public void Content_that_is_not_utf8_json_is_refused()
    {
        var parts = new[] { Encoding.UTF8.GetBytes("{\"msg_type\":\"x\"}"), "{}"u8.ToArray(), "{}"u8.ToArray(), new byte[] { 0x7b, 0xff, 0xfe, 0x7d } };
        List<byte[]> frames = [WireFormat.Delimiter, Signer.Sign(parts), .. parts];
        Assert.Contains("content", Assert.Throws<MalformedMessageException>(() => WireFormat.Parse(frames, Signer)).Message);
    }
}
