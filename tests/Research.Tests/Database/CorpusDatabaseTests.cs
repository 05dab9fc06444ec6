namespace Research.Tests.Database;

using Microsoft.Data.Sqlite;
using Research;

public sealed class CorpusDatabaseTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-db-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Writes_every_table_and_a_full_text_index_that_finds_Lavrov()
    {
        var corpus = Research.Corpus.Load(RepoPaths.Seed);
        var path = Path.Combine(folder, "corpus.db");
        CorpusDatabase.Write(corpus, path);

        using var connection = CorpusDatabase.Open(path);
        long Count(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        }
        Assert.Equal(5, Count("SELECT count(*) FROM articles"));
        Assert.Equal(corpus.Sentences.Count, Count("SELECT count(*) FROM sentences"));
        Assert.Equal(corpus.Tokens.Count, Count("SELECT count(*) FROM tokens"));
        Assert.Equal(corpus.Removed.Count, Count("SELECT count(*) FROM removed"));
        var withLavrov = corpus.Sentences.Count(s => s.Text.Contains("Lavrov"));
        Assert.Equal(withLavrov, Count("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Lavrov'"));
        Assert.Equal(1, Count("SELECT count(*) FROM articles WHERE date IS NULL"));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public void Replaces_an_existing_database_whole()
    {
        var path = Path.Combine(folder, "corpus.db");
        File.WriteAllText(path, "old contents");
        CorpusDatabase.Write(Research.Corpus.FromString("The talks began."), path);
        using var connection = CorpusDatabase.Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sentences";
        Assert.Equal(1L, command.ExecuteScalar());
    }
}
