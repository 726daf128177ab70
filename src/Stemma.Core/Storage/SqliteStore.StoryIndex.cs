using System.Globalization;
using Microsoft.Data.Sqlite;
using Stemma.Stories;

namespace Stemma.Storage;

/// <summary>
/// What ingest keeps in the store so that it can start on a large store without reading every article: each
/// term's document frequency (table <c>term_frequencies</c>, written after the articles it counts, with meta
/// saying when it matches them), the stories still within reach of new articles, and keyed lookups of single articles.
/// </summary>
public sealed partial class SqliteStore
{
    private const string FrequenciesKey = "term_frequencies";

    /// <summary>The highest article id given so far (0 for an empty store).</summary>
    public long MaxArticleId() => Scalar("SELECT max(id) FROM articles") is long id ? id : 0;

    /// <summary>
    /// The documents counted and each term's document frequency. When the table does not match the articles
    /// (a store from before it existed, or written by other means), it is rebuilt from them first, once.
    /// </summary>
    public (int Documents, List<(ulong Key, int Count)> Counts) TermFrequencies()
    {
        var articles = (long)Scalar("SELECT count(*) FROM articles")!;
        if (Scalar("SELECT value FROM meta WHERE key = $k", null, ("$k", FrequenciesKey)) as string != articles.ToString(CultureInfo.InvariantCulture))
        {
            RebuildTermFrequencies(articles);
        }
        var counts = new List<(ulong, int)>();
        using var command = Command("SELECT term, documents FROM term_frequencies WHERE documents > 0");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts.Add((unchecked((ulong)reader.GetInt64(0)), reader.GetInt32(1)));
        }
        return ((int)articles, counts);
    }

    /// <summary>
    /// The members, oldest first, of every story that a new article could still join: one with a member among
    /// the last <paramref name="recentArticles"/> articles stored and, when dated, a member published no more
    /// than <paramref name="reach"/> before the newest story's last one.
    /// </summary>
    public IEnumerable<(long StoryId, StoryFeatures Features)> ReachableMembers(int recentArticles, TimeSpan reach)
    {
        string? since = null;
        if (Scalar("SELECT max(last_published) FROM stories") is string newest)
        {
            if (DateTimeOffset.TryParse(newest, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var last))
            {
                since = FormatTime(last - reach);
            }
            else
            {
                Problem($"stories: last_published '{newest}' is not a date; every story counted as reachable");
            }
        }
        using var command = Command(
            """
            SELECT story_id, features, published, id FROM articles
            WHERE story_id IN (SELECT DISTINCT story_id FROM articles WHERE id > $from)
              AND story_id IN (SELECT id FROM stories WHERE last_published IS NULL OR $since IS NULL OR last_published >= $since)
            ORDER BY id
            """, null, ("$from", MaxArticleId() - recentArticles), ("$since", since));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // A damaged row is left out of the story index and named; the rest are restored.
            (long, StoryFeatures)? member = null;
            try
            {
                member = (reader.GetInt64(0), new StoryFeatures(FeatureBlob.Read((byte[])reader[1]), TimeOrUndated(reader, 2, "articles", reader.GetInt64(3))));
            }
            catch (Exception error) when (IsBadValue(error))
            {
                Problem($"articles {reader.GetInt64(3)}: left out of the story index, unreadable ({FirstLine(error.Message)})");
            }
            if (member is { } found)
            {
                yield return found;
            }
        }
    }

    /// <summary>
    /// Writes an ingest batch in one transaction: its articles (as <see cref="Write"/>). The change in each
    /// term's document frequency (<paramref name="counted"/>: +1 for a profile stored, -1 for one replaced) is
    /// added up in memory and written by <see cref="FinishIngest"/>, which the ingest calls at its end, or
    /// here once a million terms wait.
    /// </summary>
    public void WriteIngestBatch(
        IReadOnlyList<ArticleWrite> inserts,
        IReadOnlyList<(long Id, ArticleWrite Article)> updates,
        IReadOnlyList<(StoryFeatures Features, int Delta)> counted,
        long documents)
    {
        using (var transaction = _connection.BeginTransaction())
        {
            WriteArticlesThenIndexThem(inserts, updates, transaction);
            MarkTermFrequenciesBehind(transaction);
            transaction.Commit();
        }
        CountTerms(counted, documents);
    }

    /// <summary>
    /// Settings for a long run of batch writes on this connection: a page cache large enough to hold the hot
    /// pages of the indexes and term counts that every batch updates (SQLite's default is 2 MB), and a larger
    /// write-ahead log between checkpoints, so a page written by several batches is copied into the store once.
    /// </summary>
    public void TuneForBatchWrites() => Execute($"PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = {BatchWritesCheckpointPages};");

    /// <summary>Pages the write-ahead log holds before a commit checkpoints it, in batch writes (64 MB of 4 KB pages).</summary>
    private const int BatchWritesCheckpointPages = 16384;

    /// <summary>A second, read-only connection for an ingest's lookups while its writes run on this one.</summary>
    public StoreLookup OpenLookup()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        return new StoreLookup(connection, Problem);
    }

    private void RebuildTermFrequencies(long articles)
    {
        var counts = new Dictionary<ulong, int>();
        using (var command = Command("SELECT features FROM articles"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                foreach (var term in FeatureBlob.Read((byte[])reader[0]))
                {
                    counts[term.Key] = counts.GetValueOrDefault(term.Key) + 1;
                }
            }
        }
        using var transaction = _connection.BeginTransaction();
        Execute("DELETE FROM term_frequencies", transaction);
        using (var insert = Command("INSERT INTO term_frequencies (term, documents) VALUES ($t, $d)", transaction))
        {
            var term = insert.Parameters.Add("$t", SqliteType.Integer);
            var count = insert.Parameters.Add("$d", SqliteType.Integer);
            foreach (var (key, documents) in counts)
            {
                term.Value = unchecked((long)key);
                count.Value = documents;
                insert.ExecuteNonQuery();
            }
        }
        SetFrequenciesCount(articles, transaction);
        transaction.Commit();
    }

    private void SetFrequenciesCount(long documents, SqliteTransaction transaction) =>
        Execute("INSERT INTO meta (key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = $v", transaction,
            ("$k", FrequenciesKey), ("$v", documents.ToString(CultureInfo.InvariantCulture)));
}

/// <summary>What an ingest needs to know of one stored article: its id, text hash and story.</summary>
public readonly record struct StoredKey(long Id, string OriginalHash, long StoryId);

/// <summary>Keyed lookups of single articles on a connection of their own (see <see cref="SqliteStore.OpenLookup"/>); one thread at a time.</summary>
public sealed class StoreLookup(SqliteConnection connection, Action<string> problem) : IDisposable
{
    private readonly SqliteCommand _byKey = Prepare(connection, "SELECT id, original_hash, story_id FROM articles WHERE key = $v", SqliteType.Text);
    private readonly SqliteCommand _byContent = Prepare(connection, "SELECT key FROM articles WHERE content_hash = $v ORDER BY id LIMIT 1", SqliteType.Text);
    private readonly SqliteCommand _features = Prepare(connection, "SELECT features, published FROM articles WHERE id = $v", SqliteType.Integer);

    /// <summary>The stored article with this key, if any.</summary>
    public StoredKey? Article(string key)
    {
        _byKey.Parameters[0].Value = key;
        using var reader = _byKey.ExecuteReader();
        return reader.Read() ? new StoredKey(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2)) : null;
    }

    /// <summary>The key of a stored article with this clean-text hash, if any.</summary>
    public string? HolderOf(string contentHash)
    {
        _byContent.Parameters[0].Value = contentHash;
        return _byContent.ExecuteScalar() as string;
    }

    /// <summary>The story profile stored for an article.</summary>
    public StoryFeatures Features(long id)
    {
        _features.Parameters[0].Value = id;
        using var reader = _features.ExecuteReader();
        if (!reader.Read())
        {
            throw new KeyNotFoundException($"no article #{id}");
        }
        DateTimeOffset? published = null;
        if (!reader.IsDBNull(1))
        {
            var text = Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture);
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            {
                published = time;
            }
            else
            {
                problem($"articles {id}: published '{text}' is not a date; read as undated");
            }
        }
        try
        {
            return new StoryFeatures(FeatureBlob.Read((byte[])reader[0]), published);
        }
        catch (Exception error) when (error is InvalidDataException or InvalidCastException)
        {
            // A damaged profile: the replaced article's old terms cannot be taken out of its story's sums.
            problem($"articles {id}: its story profile is unreadable ({error.Message}); its old terms stay counted in its story's profile");
            return new StoryFeatures([], published);
        }
    }

    public void Dispose()
    {
        _byKey.Dispose();
        _byContent.Dispose();
        _features.Dispose();
        connection.Dispose();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, SqliteType type)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$v", type);
        command.Prepare();
        return command;
    }
}
