namespace Research;

/// <summary>How <see cref="Corpus.Load(LoadOptions, string[])"/> treats what it finds on disk.</summary>
public sealed record LoadOptions
{
    /// <summary>The default size limit of one file: 200 MB.</summary>
    public const long DefaultMaxFileBytes = 200L * 1024 * 1024;

    /// <summary>The environment variable the command line and notebooks read a size limit from, in MB.</summary>
    public const string MaxFileMegabytesVariable = "RESEARCH_MAX_FILE_MB";

    /// <summary>Files larger than this are skipped with a problem (a link to /dev/zero or a stray dump must not fill memory).</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>The defaults, with <see cref="MaxFileBytes"/> from RESEARCH_MAX_FILE_MB when it is set to a positive number.</summary>
    public static LoadOptions Default { get; } = FromEnvironment();

    static LoadOptions FromEnvironment() =>
        double.TryParse(Environment.GetEnvironmentVariable(MaxFileMegabytesVariable), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var mb) && mb > 0
            ? new LoadOptions { MaxFileBytes = (long)(mb * 1024 * 1024) }
            : new LoadOptions();
}
