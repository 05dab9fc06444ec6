namespace Research.Notebooks.Runner;

/// <summary>Finds the pinned plotly.js the build installed (beside the program, or in the project's node_modules).</summary>
public static class PlotlyScript
{
    const string FileName = "plotly.min.js";

    /// <summary>The script's path, or null when the build could not install it (pages then load it from a CDN).</summary>
    public static string? Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, FileName);
        if (File.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            foreach (var candidate in new[]
            {
                Path.Combine(dir.FullName, "node_modules", "plotly.js-dist-min", FileName),
                Path.Combine(dir.FullName, "lib", "Research.Notebooks", "node_modules", "plotly.js-dist-min", FileName),
            })
                if (File.Exists(candidate)) return candidate;
        return null;
    }
}
