using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Research.Notebooks.Jupyter;

/// <summary>
/// The kernelspec Jupyter finds the kernel by: kernel.json in a folder named for the kernel under one of Jupyter's
/// data paths, with the command line that starts this very program as a kernel.
/// </summary>
public static partial class KernelSpec
{
    public const string DefaultName = "research-csharp";
    public const string DisplayName = "C# (Research kit)";

    /// <summary>The kernel.json of this program: argv, display name, language, interrupts by message.</summary>
    public static JsonObject Build(IReadOnlyList<string> launcher) => new()
    {
        ["argv"] = new JsonArray([.. launcher.Concat(["kernel", "--connection-file", "{connection_file}"]).Select(a => (JsonNode?)JsonValue.Create(a))]),
        ["display_name"] = DisplayName,
        ["language"] = "C#",
        // The kernel reads interrupt_request on control; it installs no signal handler.
        ["interrupt_mode"] = "message",
        ["metadata"] = new JsonObject { ["debugger"] = false },
    };

    /// <summary>
    /// How to start this program again: `dotnet research.dll` when it runs as a dll under the dotnet host, else the
    /// executable itself. Absolute paths, so Jupyter can start it from any folder.
    /// </summary>
    public static IReadOnlyList<string> Launcher()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("cannot tell this program's path");
        if (Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            var dll = Assembly.GetEntryAssembly()?.Location;
            if (string.IsNullOrEmpty(dll)) throw new InvalidOperationException("cannot tell which dll the dotnet host runs");
            return [process, dll];
        }
        return [process];
    }

    /// <summary>
    /// The kernelspec's folder: PREFIX/share/jupyter/kernels/NAME with a prefix, else the user's Jupyter data folder
    /// (JUPYTER_DATA_DIR, else the platform's default, as jupyter_core finds it).
    /// </summary>
    public static string Folder(string name, string? prefix)
    {
        if (!ValidName().IsMatch(name))
            throw new ArgumentException($"kernel name \"{name}\": Jupyter accepts letters, digits, '.', '_' and '-' only.");
        var data = prefix is not null ? Path.Combine(Path.GetFullPath(prefix), "share", "jupyter") : UserDataFolder();
        return Path.Combine(data, "kernels", name);
    }

    /// <summary>Writes kernel.json (atomically: Jupyter never sees half a file); returns the folder.</summary>
    public static string Install(string name, string? prefix, IReadOnlyList<string> launcher)
    {
        var folder = Folder(name, prefix);
        AtomicFile.WriteAllText(Path.Combine(folder, "kernel.json"),
            Build(launcher).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return folder;
    }

    /// <summary>Removes the kernelspec folder; false when there was none.</summary>
    public static bool Uninstall(string name, string? prefix)
    {
        var folder = Folder(name, prefix);
        // Only a folder that is a kernelspec: a mistyped name must not delete some other folder's files.
        if (!File.Exists(Path.Combine(folder, "kernel.json"))) return false;
        Directory.Delete(folder, recursive: true);
        return true;
    }

    static string UserDataFolder()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } configured) return Path.GetFullPath(configured);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows()) return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        if (OperatingSystem.IsMacOS()) return Path.Combine(home, "Library", "Jupyter");
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex ValidName();
}
