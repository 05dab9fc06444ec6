using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Research;

/// <summary>
/// Per-event analysis results kept in a SQLite file, so a notebook over many events reruns in seconds. An entry is
/// keyed by the analysis, the event, and a fingerprint of the event's texts and of this library's build: change an
/// article or the code, and the event is recomputed; nothing stale is ever served.
/// </summary>
public sealed class AnalysisCache : IDisposable
{
    readonly SqliteConnection connection;
    readonly string build = typeof(AnalysisCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");
    static readonly JsonSerializerOptions Json = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public AnalysisCache(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        connection = CorpusDatabase.Open(path);
        CorpusDatabase.Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS analysis_cache (analysis TEXT, event TEXT, fingerprint TEXT, rows TEXT, PRIMARY KEY (analysis, event));
            """);
    }

    public int Hits { get; private set; }
    public int Misses { get; private set; }

    /// <summary>The rows of <paramref name="analysis"/> for each event of the corpus, computed only where not cached.</summary>
    public IReadOnlyList<T> PerEvent<T>(Corpus corpus, string analysis, Func<Corpus, IEnumerable<T>> compute)
    {
        var rows = new List<T>();
        foreach (var eventKey in corpus.Events)
        {
            var articles = corpus.ArticlesIn(eventKey);
            var fingerprint = Fingerprint(corpus, articles);
            if (Read<T>(analysis, eventKey, fingerprint) is List<T> cached) { rows.AddRange(cached); Hits++; continue; }
            var computed = compute(corpus.Subset(articles)).ToList();
            Write(analysis, eventKey, fingerprint, computed);
            rows.AddRange(computed);
            Misses++;
        }
        return rows;
    }

    List<T>? Read<T>(string analysis, string eventKey, string fingerprint)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rows FROM analysis_cache WHERE analysis = $a AND event = $e AND fingerprint = $f";
        command.Parameters.AddWithValue("$a", analysis);
        command.Parameters.AddWithValue("$e", eventKey);
        command.Parameters.AddWithValue("$f", fingerprint);
        return command.ExecuteScalar() is string json ? JsonSerializer.Deserialize<List<T>>(json, Json) : null;
    }

    void Write<T>(string analysis, string eventKey, string fingerprint, List<T> rows)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO analysis_cache VALUES ($a, $e, $f, $r)";
        command.Parameters.AddWithValue("$a", analysis);
        command.Parameters.AddWithValue("$e", eventKey);
        command.Parameters.AddWithValue("$f", fingerprint);
        command.Parameters.AddWithValue("$r", JsonSerializer.Serialize(rows, Json));
        command.ExecuteNonQuery();
    }

    string Fingerprint(Corpus corpus, IReadOnlyList<Article> articles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(build));
        foreach (var a in articles.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(a.ToString()));
            hash.AppendData(Encoding.UTF8.GetBytes(corpus.TextOf(a).Original));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public void Dispose()
    {
        connection.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
