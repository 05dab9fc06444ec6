using System.Text.Json.Nodes;
using Research.Notebooks.Jupyter;
using Research.Notebooks.Tests.Runner;

namespace Research.Notebooks.Tests.Jupyter;

public sealed class KernelSpecTests : IDisposable
{
    readonly string prefix = Directory.CreateTempSubdirectory("research-kernelspec-").FullName;

    public void Dispose() => Directory.Delete(prefix, recursive: true);

    string SpecFile(string name = KernelSpec.DefaultName) => Path.Combine(prefix, "share", "jupyter", "kernels", name, "kernel.json");

    [Fact]
    public void Install_writes_a_kernel_json_that_starts_this_program_with_the_connection_file()
    {
        var folder = KernelSpec.Install(KernelSpec.DefaultName, prefix, ["/usr/bin/dotnet", "/opt/research/research.dll"]);
        Assert.Equal(Path.GetDirectoryName(SpecFile()), folder);
        var spec = JsonNode.Parse(File.ReadAllText(SpecFile()))!;
        Assert.Equal(["/usr/bin/dotnet", "/opt/research/research.dll", "kernel", "--connection-file", "{connection_file}"],
            spec["argv"]!.AsArray().Select(a => (string?)a));
        Assert.Equal("C# (Research kit)", (string?)spec["display_name"]);
        Assert.Equal("C#", (string?)spec["language"]);
        Assert.Equal("message", (string?)spec["interrupt_mode"]);
        Assert.Single(Directory.GetFiles(folder));

        Assert.True(KernelSpec.Uninstall(KernelSpec.DefaultName, prefix));
        Assert.False(Directory.Exists(folder));
        Assert.False(KernelSpec.Uninstall(KernelSpec.DefaultName, prefix));
    }

    [Fact]
    public void A_name_jupyter_would_refuse_is_refused_before_anything_is_written()
    {
        Assert.Contains("letters, digits", Assert.Throws<ArgumentException>(() => KernelSpec.Install("../escape", prefix, ["x"])).Message);
        Assert.Empty(Directory.GetFileSystemEntries(prefix));
    }

    [ToolFact("jupyter")]
    public void The_installed_kernelspec_is_listed_by_jupyter()
    {
        // The real command, run as a dll: the kernelspec must launch `dotnet <dll>`.
        var dll = typeof(KernelSpec).Assembly.Location;
        var (code, output) = Run("dotnet", [dll, "kernel", "install", "--prefix", prefix, "--name", "research-test"], []);
        Assert.True(code == 0, output);

        (code, output) = Run("/usr/bin/jupyter", ["kernelspec", "list", "--json"],
            [("JUPYTER_PATH", Path.Combine(prefix, "share", "jupyter")), ("JUPYTER_DATA_DIR", Path.Combine(prefix, "data"))]);
        Assert.True(code == 0, output);
        var listed = JsonNode.Parse(output)!["kernelspecs"]!["research-test"];
        Assert.NotNull(listed);
        var argv = listed["spec"]!["argv"]!.AsArray().Select(a => (string?)a).ToList();
        Assert.Equal("dotnet", Path.GetFileNameWithoutExtension(argv[0]));
        Assert.Equal(dll, argv[1]);
        Assert.Equal("C# (Research kit)", (string?)listed["spec"]!["display_name"]);

        (code, output) = Run("dotnet", [dll, "kernel", "uninstall", "--prefix", prefix, "--name", "research-test"], []);
        Assert.True(code == 0, output);
        Assert.False(File.Exists(SpecFile("research-test")));
    }

    static (int Code, string Output) Run(string program, string[] arguments, (string Name, string Value)[] environment) =>
        ChildProcess.RunAsync(program, arguments, environment, TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();
}
