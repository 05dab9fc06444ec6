using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Research.Notebooks.Engine;

/// <summary>
/// The kit's engine in one place: a composite kernel with C# (NuGet `#r`, `display`, value sharing), HTML,
/// JavaScript and the value kernel, `#!connect sqlite` for SQL cells, the kit's formatters, and the kit's library
/// referenced with its namespaces imported, so a notebook needs no setup cell.
/// </summary>
public static class KernelComposition
{
    /// <summary>The namespaces every C# cell starts with.</summary>
    public static readonly string[] Imports = ["System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Threading.Tasks", "Research", "Microsoft.Data.Analysis", "Plotly.NET.CSharp"];

    public static CompositeKernel Create(SubmissionThread submissions)
    {
        MimeBundles.RegisterFormatters();
        var csharp = new CSharpKernel().UseKernelHelpers().UseValueSharing();
        csharp.UseNugetDirective((kernel, packages) =>
        {
            kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
            return Task.CompletedTask;
        });
        csharp.AddMiddleware(submissions.Middleware);
        EmitLineNumbers(csharp);
        csharp.AddAssemblyReferences([
            typeof(Research.Corpus).Assembly.Location,
            typeof(KernelComposition).Assembly.Location,
            typeof(Microsoft.Data.Sqlite.SqliteConnection).Assembly.Location,
            typeof(Microsoft.Data.Analysis.DataFrame).Assembly.Location,
            typeof(Plotly.NET.GenericChart).Assembly.Location,
            typeof(Plotly.NET.CSharp.Chart).Assembly.Location,
            typeof(Microsoft.FSharp.Core.Unit).Assembly.Location,
        ]);
        csharp.DeferCommand(new SubmitCode(string.Concat(Imports.Select(n => $"using {n};\n"))));

        var composite = new CompositeKernel
        {
            csharp,
            new HtmlKernel(),
            new JavaScriptKernel(),
            new KeyValueStoreKernel(),
        };
        composite.DefaultKernelName = csharp.Name;
        composite.AddConnectDirective(new ConnectSqliteDirective());
        return composite;
    }

    /// <summary>
    /// The C# kernel compiles cells without debug information, so an exception's stack has no line: the kit turns
    /// it on (its script options are private; the engine's version is pinned, and without them errors just name the cell).
    /// </summary>
    static void EmitLineNumbers(CSharpKernel csharp)
    {
        var field = typeof(CSharpKernel).GetField("_scriptOptions", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance);
        if (field?.GetValue(csharp) is Microsoft.CodeAnalysis.Scripting.ScriptOptions options)
            field.SetValue(csharp, options.WithEmitDebugInformation(true).WithFilePath(CellFile).WithFileEncoding(System.Text.Encoding.UTF8));
    }

    /// <summary>The file name cells are compiled under, so stack frames in a cell can be told from the kit's own.</summary>
    public const string CellFile = "cell.csx";
}
