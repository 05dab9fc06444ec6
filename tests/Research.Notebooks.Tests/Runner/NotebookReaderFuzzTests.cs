using System.Text;
using System.Text.Json.Nodes;
using Research.Notebooks.Runner;

namespace Research.Notebooks.Tests.Runner;

/// <summary>
/// The notebook reader under generated input (seeded and bounded): whatever the bytes, it either reads a notebook the
/// runner can go through (cell languages, sources, tags) or refuses it with a <see cref="NotebookException"/>; no other
/// exception escapes.
/// </summary>
public sealed class NotebookReaderFuzzTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-nbfuzz-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static readonly string[] Pieces =
    [
        "{", "}", "[", "]", ",", ":", "\"cells\"", "\"cell_type\"", "\"code\"", "\"markdown\"", "\"raw\"", "\"source\"", "\"metadata\"",
        "\"outputs\"", "\"id\"", "\"tags\"", "\"nbformat\"", "4", "5", "null", "true", "42", "\"x\"", "\"parameters\"",
        "\"polyglot_notebook\"", "\"kernelName\"", "\"sql-corpus\"", "\"#!html\\n<b>\"", "\"\\ud800\"", "-1e999",
    ];

    [Fact]
    public void Generated_and_mutated_notebooks_are_read_or_refused_never_crash()
    {
        var random = new Random(20261201);
        var seed = File.ReadAllBytes(FixtureNotebook.Write(folder, "seed.ipynb", "# Title", ("var n = 1;", new[] { "parameters" }), "n + 1", "#!html\n<b>x</b>"));
        var cases = 0;
        for (var i = 0; i < 1500; i++)
        {
            var bytes = (i % 3) switch
            {
                0 => Mutate(seed, random),
                1 => Encoding.UTF8.GetBytes(Generated(random)),
                _ => Encoding.UTF8.GetBytes(Structured(random)),
            };
            var path = Path.Combine(folder, "case.ipynb");
            File.WriteAllBytes(path, bytes);
            try
            {
                var notebook = NotebookFile.Read(path);
                NotebookDocuments.CellKernels(notebook);
                foreach (var cell in notebook.Cells.OfType<JsonObject>()) { NotebookFile.Source(cell); NotebookFile.Tags(cell).ToList(); }
                notebook.UpgradeToIds();
                notebook.ToJson();
            }
            catch (NotebookException) { }
            catch (Exception e)
            {
                Assert.Fail($"case {i} (seed 20261201): {e.GetType().Name}: {e.Message}\n{Encoding.UTF8.GetString(bytes)[..Math.Min(400, bytes.Length)]}");
            }
            cases++;
        }
        Assert.Equal(1500, cases);
    }

    static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = (byte[])seed.Clone();
        for (var n = random.Next(1, 6); n > 0; n--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        return bytes;
    }

    static string Generated(Random random) => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]));

    /// <summary>A notebook-shaped JSON with a random field of a random type.</summary>
    static string Structured(Random random)
    {
        string Value() => Pieces[random.Next(Pieces.Length)] switch { "{" => "{}", "}" => "[]", "[" => "[1]", "]" => "\"s\"", "," or ":" => "0", var p => p };
        var fields = new[] { "cell_type", "source", "metadata", "outputs", "id", "execution_count" };
        var cell = string.Join(", ", fields.Select(f => $"\"{f}\": {(random.Next(3) == 0 ? Value() : f switch { "cell_type" => "\"code\"", "source" => "\"1\"", "metadata" => "{\"tags\": " + (random.Next(2) == 0 ? "[\"parameters\"]" : Value()) + "}", "outputs" => "[]", "id" => "\"a\"", _ => "null" })}"));
        return $"{{\"cells\": [{{{cell}}}], \"metadata\": {{}}, \"nbformat\": {(random.Next(5) == 0 ? Value() : "4")}, \"nbformat_minor\": 5}}";
    }
}
