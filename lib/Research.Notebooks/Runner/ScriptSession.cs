using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace Research.Notebooks.Runner;

/// <summary>
/// One notebook's C# session on Roslyn scripting, the engine of .NET Interactive's C# kernel: cells run in order as
/// submissions of one script, so variables and types carry from cell to cell. `#r` and `#load` resolve relative to the
/// notebook's folder.
/// </summary>
public sealed class ScriptSession(string notebookPath)
{
    readonly ScriptOptions options = Options(Path.GetFullPath(notebookPath));
    ScriptState<object>? state;

    public NotebookGlobals Globals { get; } = new();

    /// <summary>The outcome of a cell: its final expression's value (when it ends in one), or the error it raised.</summary>
    public sealed record CellResult(bool HasValue, object? Value, Exception? Error);

    public async Task<CellResult> RunAsync(string code, CancellationToken cancel)
    {
        try
        {
            state = state is null
                ? await CSharpScript.RunAsync(code, options, Globals, typeof(NotebookGlobals), cancel)
                : await state.ContinueWithAsync(code, options, cancel);
            return new CellResult(EndsInExpression(code), state.ReturnValue, null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancel.IsCancellationRequested)
        {
            return new CellResult(false, null, e);
        }
    }

    /// <summary>A cell whose last statement is an expression without a semicolon shows its value.</summary>
    static bool EndsInExpression(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
        return tree.GetCompilationUnitRoot().Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax e }
            && e.SemicolonToken.IsMissing;
    }

    static ScriptOptions Options(string notebook)
    {
        var folder = Path.GetDirectoryName(notebook)!;
        var research = typeof(Research.Corpus).Assembly;
        return ScriptOptions.Default
            .WithFilePath(notebook)
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithEmitDebugInformation(true)
            .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, folder))
            .WithMetadataResolver(new HostAssemblyResolver(ScriptMetadataResolver.Default.WithBaseDirectory(folder)))
            .WithReferences(typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(System.Text.Json.JsonSerializer).Assembly, research)
            .WithImports("System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Threading.Tasks");
    }
}
