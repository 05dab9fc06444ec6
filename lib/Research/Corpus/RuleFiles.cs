using System.Reflection;

namespace Research;

/// <summary>Reads the rule files embedded from lib/Research/Rules (see its README).</summary>
internal static class RuleFiles
{
    /// <summary>The non-blank, non-comment lines of a rule file; for .tsv files the header line is skipped.</summary>
    public static IReadOnlyList<string> Lines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Research.Rules." + name)
            ?? throw new InvalidOperationException($"Rule file {name} is missing from the build of lib/Research.");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r'))
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')).ToList();
        return name.EndsWith(".tsv", StringComparison.Ordinal) ? lines.Skip(1).ToList() : lines;
    }

    public static IEnumerable<string[]> Rows(string name) => Lines(name).Select(l => l.Split('\t'));
}
