using System.Text;
using Research.Notebooks.Jupyter;

namespace Research.Notebooks.Tests.Jupyter;

public sealed class MessageSignerTests
{
    static readonly byte[][] Frames = [.. new[] { "{\"msg_type\":\"execute_request\"}", "{}", "{}", "{\"code\":\"1\"}" }.Select(Encoding.UTF8.GetBytes)];

    [Fact]
    public void A_signature_is_the_hex_hmac_sha256_of_the_four_frames()
    {
        var signature = new MessageSigner("secret").Sign(Frames);
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes("secret"));
        Assert.Equal(Convert.ToHexStringLower(hmac.ComputeHash(Frames.SelectMany(f => f).ToArray())), Encoding.ASCII.GetString(signature));
        Assert.True(new MessageSigner("secret").Verify(signature, Frames));
    }

    [Fact]
    public void A_tampered_frame_fails_verification()
    {
        var signature = new MessageSigner("secret").Sign(Frames);
        var tampered = Frames.Select(f => f.ToArray()).ToArray();
        tampered[3] = Encoding.UTF8.GetBytes("{\"code\":\"2\"}");
        Assert.False(new MessageSigner("secret").Verify(signature, tampered));
    }

    [Fact]
    public void A_signature_made_with_another_key_fails_verification()
    {
        var signature = new MessageSigner("other").Sign(Frames);
        Assert.False(new MessageSigner("secret").Verify(signature, Frames));
        Assert.False(new MessageSigner("secret").Verify([], Frames));
    }

    [Fact]
    public void An_empty_key_signs_nothing_and_accepts_everything()
    {
        var signer = new MessageSigner("");
        Assert.Empty(signer.Sign(Frames));
        Assert.True(signer.Verify([], Frames));
    }
}
