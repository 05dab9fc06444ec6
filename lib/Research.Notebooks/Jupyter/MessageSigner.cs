using System.Security.Cryptography;
using System.Text;

namespace Research.Notebooks.Jupyter;

/// <summary>
/// Signs and verifies messages: HMAC-SHA256, as lowercase hex, over the header, parent header, metadata and content
/// frames as sent. An empty key means the client asked for no signing (the signature frame is empty).
/// </summary>
public sealed class MessageSigner
{
    readonly byte[] key;

    public MessageSigner(string key) => this.key = Encoding.UTF8.GetBytes(key);

    public bool Signs => key.Length > 0;

    /// <summary>The signature of the four JSON frames, as the ASCII bytes of its hex digest; empty without a key.</summary>
    public byte[] Sign(IReadOnlyList<byte[]> frames)
    {
        if (!Signs) return [];
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        foreach (var frame in frames) hmac.AppendData(frame);
        return Encoding.ASCII.GetBytes(Convert.ToHexStringLower(hmac.GetHashAndReset()));
    }

    /// <summary>
    /// Whether <paramref name="signature"/> signs the frames. The compare takes the same time wherever the first
    /// difference is, so a forger cannot find the signature byte by byte from reply times.
    /// </summary>
    public bool Verify(byte[] signature, IReadOnlyList<byte[]> frames)
    {
        if (!Signs) return true;
        var expected = Sign(frames);
        // Clients write lowercase hex; accept uppercase too without a data-dependent branch.
        var given = Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(signature).ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
