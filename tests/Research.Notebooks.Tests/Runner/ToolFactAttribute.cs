using System.Diagnostics;

namespace Research.Notebooks.Tests.Runner;

/// <summary>
/// A test that needs a tool from Debian's packages (python3-nbformat, chromium, python3-jupyter-client, jupyter-client). Without the tool it is skipped with
/// the install command, unless RESEARCH_REQUIRE_TOOLS=1 (as in CI), where a missing tool fails the test instead.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string tool)
    {
        if (Available(tool) || Environment.GetEnvironmentVariable("RESEARCH_REQUIRE_TOOLS") == "1") return;
        Skip = $"needs {tool}: apt-get install {Package(tool)}";
    }

    public static bool Available(string tool) => tool switch
    {
        "nbformat" => Exits0("/usr/bin/python3", "-c", "import nbformat"),
        "chromium" => File.Exists("/usr/bin/chromium"),
        "jupyter_client" => Exits0("/usr/bin/python3", "-c", "import jupyter_client"),
        "jupyter" => Exits0("/usr/bin/jupyter", "kernelspec", "--version"),
        "nbconvert" => Exits0("/usr/bin/jupyter", "nbconvert", "--version"),
        _ => false,
    };

    static string Package(string tool) => tool switch
    {
        "nbformat" => "python3-nbformat",
        "jupyter_client" => "python3-jupyter-client",
        "jupyter" => "jupyter-client",
        "nbconvert" => "jupyter-nbconvert",
        _ => tool,
    };

    static bool Exits0(string program, params string[] arguments)
    {
        if (!File.Exists(program)) return false;
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        // A loaded machine can take long to start Python; a tool that never answers counts as missing (and is killed),
        // never as an exception from a test's attribute.
        if (process.WaitForExit(120_000)) return process.ExitCode == 0;
        process.Kill(entireProcessTree: true);
        return false;
    }
}
