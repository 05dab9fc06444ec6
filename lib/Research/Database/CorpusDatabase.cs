using Microsoft.Data.Sqlite;

namespace Research;

/// <summary>
/// The corpus as a SQLite database: tables articles, paragraphs, sentences, tokens, removed and problems, and an
/// FTS5 full-text table sentences_fts(article, sentence, text). Opens in the sqlite3 shell, Datasette, Python or R.
/// </summary>
public static class CorpusDatabase
{
    /// <summary>Writes the database to a temporary file beside <paramref name="path"/>, then moves it into place.</summary>
    public static void Write(Corpus corpus, string path, bool tokens = true)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + $".{Environment.ProcessId}.tmp";
        try
        {
            using (var connection = OpenNew(temporary))
            {
                CreateTables(connection);
                Append(connection, corpus, tokens);
                Finish(connection);
            }
            SqliteConnection.ClearAllPools();
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Creates the corpus tables, empty: then <see cref="Append"/> shard after shard, and <see cref="Finish"/>.</summary>
    public static void CreateTables(SqliteConnection connection)
    {
        SqliteTableWriter.Create<Article>(connection, "articles");
        SqliteTableWriter.Create<Paragraph>(connection, "paragraphs");
        SqliteTableWriter.Create<Sentence>(connection, "sentences");
        SqliteTableWriter.Create<Token>(connection, "tokens");
        SqliteTableWriter.Create<RemovedText>(connection, "removed");
        SqliteTableWriter.Create<LoadProblem>(connection, "problems");
    }

    /// <summary>
    /// Adds a corpus (or one shard of a large one) to the tables. Tokens are most of the rows (about 700 an article)
    /// and can be rebuilt from the sentences' spans, so a large corpus may leave them out.
    /// </summary>
    public static void Append(SqliteConnection connection, Corpus corpus, bool tokens = true)
    {
        SqliteTableWriter.Append(connection, "articles", corpus.Articles);
        SqliteTableWriter.Append(connection, "paragraphs", corpus.Paragraphs);
        SqliteTableWriter.Append(connection, "sentences", corpus.Sentences);
        // Streamed, sentence by sentence: a huge article has millions of tokens, and corpus.Tokens would keep them all.
        if (tokens) SqliteTableWriter.Append(connection, "tokens", corpus.EnumerateTokens());
        SqliteTableWriter.Append(connection, "removed", corpus.Removed);
        SqliteTableWriter.Append(connection, "problems", corpus.Problems);
    }

    /// <summary>Builds the full-text index and the lookup indexes once every shard is in.</summary>
    public static void Finish(SqliteConnection connection) => Execute(connection, """
        CREATE VIRTUAL TABLE sentences_fts USING fts5(article UNINDEXED, sentence UNINDEXED, text);
        INSERT INTO sentences_fts (article, sentence, text) SELECT article, "index", text FROM sentences;
        CREATE INDEX sentences_article ON sentences(article, "index");
        CREATE INDEX tokens_article ON tokens(article, sentence);
        """);

    /// <summary>Opens (creating if needed) a database file.</summary>
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Opens a new database file for a bulk write. No journal and no syncing: the file is built whole and only then
    /// moved into place (or thrown away), so a crash can never leave the user a half-written database.
    /// </summary>
    public static SqliteConnection OpenNew(string path)
    {
        var connection = Open(path);
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY;");
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
