namespace Research;

/// <summary>One formatter of the display contract: writes an instance of <see cref="Type"/> as <see cref="MimeType"/>.</summary>
public sealed class DisplayFormatter<T>(string mimeType, Func<T, string> format)
{
    public string MimeType { get; } = mimeType;
    public Type Type => typeof(T);

    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not T value) return false;
        writer.Write(format(value));
        return true;
    }
}
