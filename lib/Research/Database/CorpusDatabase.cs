using Microsoft.Data.Sqlite;

namespace Research;

/// <summary>
/// The corpus as a SQLite database: tables articles, paragraphs, sentences, tokens, removed and problems, and an
/// FTS5 full-text table sentences_fts(article, sentence, text). Opens in the sqlite3 shell, Datasette, Python or R.
/// </summary>
public static class CorpusDatabase
{
    /// <summary>Writes the database to a temporary file beside <paramref name="path"/>, then moves it into place.</summary>
    public static void Write(Corpus corpus, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + $".{Environment.ProcessId}.tmp";
        try
        {
            using (var connection = Open(temporary))
            {
                SqliteTableWriter.Write(connection, "articles", corpus.Articles);
                SqliteTableWriter.Write(connection, "paragraphs", corpus.Paragraphs);
                SqliteTableWriter.Write(connection, "sentences", corpus.Sentences);
                SqliteTableWriter.Write(connection, "tokens", corpus.Tokens);
                SqliteTableWriter.Write(connection, "removed", corpus.Removed);
                SqliteTableWriter.Write(connection, "problems", corpus.Problems);
                Execute(connection, """
                    CREATE VIRTUAL TABLE sentences_fts USING fts5(article UNINDEXED, sentence UNINDEXED, text);
                    INSERT INTO sentences_fts (article, sentence, text) SELECT article, "index", text FROM sentences;
                    CREATE INDEX sentences_article ON sentences(article, "index");
                    CREATE INDEX tokens_article ON tokens(article, sentence);
                    """);
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

    /// <summary>Opens (creating if needed) a database file.</summary>
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
