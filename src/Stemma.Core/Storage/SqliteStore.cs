using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Stemma.Judgement;
using Stemma.Reading;
using Stemma.Stories;

namespace Stemma.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode holding articles (original text, metadata, hashes), their
/// sentences and sketches, stories, alignments and provenance edges. Every write is one transaction, so a
/// process killed at any moment leaves the store as of its last commit.
/// </summary>
public sealed partial class SqliteStore : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SqliteConnection _connection;

    private SqliteStore(SqliteConnection connection, string path, bool readOnly = false)
    {
        _connection = connection;
        Path = path;
        IsReadOnly = readOnly;
    }

    /// <summary>True when the store was opened with <see cref="OpenReadOnly"/>: every write is refused.</summary>
    public bool IsReadOnly { get; }

    /// <summary>The store's file.</summary>
    public string Path { get; }

    /// <summary>The schema version of the open store.</summary>
    public int SchemaVersion => int.Parse(Scalar("SELECT value FROM meta WHERE key = 'schema_version'") as string ?? "0", CultureInfo.InvariantCulture);

    /// <summary>Opens a store, creating it if needed and bringing its schema up to date.</summary>
    /// <exception cref="InvalidDataException">The file is not a Stemma store, or one written by a newer Stemma.</exception>
    public static SqliteStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{path}: the folder {folder} does not exist");
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        try
        {
            connection.Open();
            var store = new SqliteStore(connection, full);
            store.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;");
            store.Migrate();
            store.IndexArticlesLeftBehind();
            return store;
        }
        catch (SqliteException error)
        {
            connection.Dispose();
            throw new InvalidDataException($"{path}: not a Stemma store ({error.Message})", error);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens an existing store for reading only (a server, a store on read-only media): nothing is created,
    /// migrated or written. A store whose schema is older than this program must first be opened for writing.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is missing, not a Stemma store, or of another schema version.</exception>
    public static SqliteStore OpenReadOnly(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new InvalidDataException($"{path}: no such store");
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        try
        {
            connection.Open();
            var store = new SqliteStore(connection, full, readOnly: true);
            store.Execute("PRAGMA query_only = ON; PRAGMA busy_timeout = 5000;");
            var hasMeta = (long)store.Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'")! > 0;
            var version = hasMeta ? store.SchemaVersion : 0;
            if (version != StoreSchema.Current)
            {
                throw new InvalidDataException(version == 0
                    ? $"{path}: not a Stemma store"
                    : $"{path}: store schema version {version}, this Stemma reads {StoreSchema.Current}; open it once for writing (stemma ingest) to upgrade it");
            }
            return store;
        }
        catch (SqliteException error)
        {
            connection.Dispose();
            throw new InvalidDataException($"{path}: not a readable Stemma store ({error.Message})", error);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        DisposePrepared();
        _connection.Dispose();
    }

    private void Migrate()
    {
        var hasMeta = (long)Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'")! > 0;
        var version = hasMeta ? SchemaVersion : 0;
        if (!hasMeta && (long)Scalar("SELECT count(*) FROM sqlite_master")! > 0)
        {
            throw new InvalidDataException($"{Path}: an SQLite file that is not a Stemma store");
        }
        if (version > StoreSchema.Current)
        {
            throw new InvalidDataException($"{Path}: store schema version {version} is newer than this Stemma understands ({StoreSchema.Current}); use a newer Stemma");
        }
        for (; version < StoreSchema.Current; version++)
        {
            using var transaction = _connection.BeginTransaction();
            Execute(StoreSchema.Migrations[version], transaction);
            Execute("INSERT INTO meta (key, value) VALUES ('schema_version', $v) ON CONFLICT(key) DO UPDATE SET value = $v", transaction, ("$v", (version + 1).ToString(CultureInfo.InvariantCulture)));
            transaction.Commit();
        }
    }

    /// <summary>
    /// Writes a batch in one transaction: new articles, and new versions of known ones (<paramref name="updates"/>
    /// maps a stored id to its new version). Touched stories are created or widened and marked stale.
    /// Returns the ids given to the new articles, in order.
    /// </summary>
    public IReadOnlyList<long> Write(IReadOnlyList<ArticleWrite> inserts, IReadOnlyList<(long Id, ArticleWrite Article)> updates)
    {
        using var transaction = _connection.BeginTransaction();
        IndexWaitingArticles(transaction);
        var ids = WriteArticles(inserts, updates, transaction);
        transaction.Commit();
        return ids;
    }

    private List<long> WriteArticles(IReadOnlyList<ArticleWrite> inserts, IReadOnlyList<(long Id, ArticleWrite Article)> updates, SqliteTransaction transaction)
    {
        var now = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture);
        var emptied = new HashSet<long>();
        var ids = new List<long>(inserts.Count);
        foreach (var article in inserts)
        {
            TouchStory(article, now, transaction);
            var id = (long)Prepared(
                """
                INSERT INTO articles (id, key, name, file, line, format, body_start, title, source, url, published, original_hash, content_hash, original, clean, story_id, story_score, features, ingested)
                VALUES ($id, $key, $name, $file, $line, $format, $body_start, $title, $source, $url, $published, $original_hash, $content_hash, $original, $clean, $story, $score, $features, $now)
                RETURNING id
                """, transaction, [.. ArticleParameters(article, now), ("$id", article.Id)]).ExecuteScalar()!;
            WriteSentences(id, article.Sentences, transaction);
            ids.Add(id);
        }
        foreach (var (id, article) in updates)
        {
            if (Scalar("SELECT story_id FROM articles WHERE id = $id", transaction, ("$id", id)) is long oldStory && oldStory != article.StoryId)
            {
                emptied.Add(oldStory);
                Execute("UPDATE stories SET dirty = 1, updated = $now WHERE id = $story", transaction, ("$now", now), ("$story", oldStory));
            }
            TouchStory(article, now, transaction);
            Execute(
                """
                UPDATE articles SET key = $key, name = $name, file = $file, line = $line, format = $format, body_start = $body_start, title = $title, source = $source,
                    url = $url, published = $published, original_hash = $original_hash, content_hash = $content_hash, original = $original,
                    clean = $clean, story_id = $story, story_score = $score, features = $features, ingested = $now
                WHERE id = $id
                """, transaction, [.. ArticleParameters(article, now), ("$id", id)]);
            Execute("DELETE FROM alignments WHERE target_id = $id OR source_id = $id; DELETE FROM edges WHERE target_id = $id OR source_id = $id", transaction, ("$id", id));
            DeleteSentences(id, transaction);
            WriteSentences(id, article.Sentences, transaction);
        }
        foreach (var story in emptied)
        {
            Execute("DELETE FROM alignments WHERE story_id = $s AND NOT EXISTS (SELECT 1 FROM articles WHERE story_id = $s); DELETE FROM edges WHERE story_id = $s AND NOT EXISTS (SELECT 1 FROM articles WHERE story_id = $s); DELETE FROM stories WHERE id = $s AND NOT EXISTS (SELECT 1 FROM articles WHERE story_id = $s)", transaction, ("$s", story));
        }
        return ids;
    }

    private void TouchStory(ArticleWrite article, string now, SqliteTransaction transaction)
    {
        var published = article.Document.Published is { } time ? FormatTime(time) : null;
        Prepared(
            """
            INSERT INTO stories (id, first_published, last_published, dirty, updated) VALUES ($id, $p, $p, 1, $now)
            ON CONFLICT(id) DO UPDATE SET
                first_published = CASE WHEN $p IS NULL THEN first_published WHEN first_published IS NULL OR $p < first_published THEN $p ELSE first_published END,
                last_published = CASE WHEN $p IS NULL THEN last_published WHEN last_published IS NULL OR $p > last_published THEN $p ELSE last_published END,
                dirty = 1, updated = $now
            """, transaction, ("$id", article.StoryId), ("$p", published), ("$now", now)).ExecuteNonQuery();
    }

    private static (string, object?)[] ArticleParameters(ArticleWrite article, string now)
    {
        var document = article.Document;
        return
        [
            ("$key", article.Key), ("$name", document.Id), ("$file", document.File), ("$line", document.Line), ("$format", (int)document.Format), ("$body_start", document.BodyStart),
            ("$title", article.Title ?? document.Title), ("$source", document.Source), ("$url", document.Url),
            ("$published", document.Published is { } time ? FormatTime(time) : null), ("$original_hash", article.OriginalHash),
            ("$content_hash", article.ContentHash), ("$original", document.Original), ("$clean", article.Clean), ("$story", article.StoryId),
            ("$score", article.StoryScore), ("$features", FeatureBlob.Write(article.Features.Terms)), ("$now", now),
        ];
    }

    /// <summary>How many articles and stories the store holds.</summary>
    public (long Articles, long Stories) Counts() =>
        ((long)Scalar("SELECT count(*) FROM articles")!, (long)Scalar("SELECT count(*) FROM stories")!);

    /// <summary>Every story (or those in <paramref name="only"/>), largest first, then by id.</summary>
    public IReadOnlyList<StorySummary> Stories(IReadOnlyCollection<long>? only = null)
    {
        var titles = new Dictionary<long, string>();
        var sizes = new Dictionary<long, int>();
        void Count(SqliteCommand command) => ReadRows(command, "articles", r => $"of story {r.GetValue(0)}", reader =>
        {
            var story = reader.GetInt64(0);
            titles.TryAdd(story, reader.IsDBNull(1) ? $"(untitled story {story})" : Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture)!);
            sizes[story] = sizes.GetValueOrDefault(story) + 1;
        });
        const string Select = "SELECT story_id, coalesce(title, name) FROM articles";
        const string Order = "ORDER BY story_id, published IS NULL, published, id";
        if (only is null)
        {
            using var all = Command($"{Select} {Order}");
            Count(all);
        }
        else
        {
            // A few stories out of a large store: read their members through the story index.
            using var some = Command($"{Select} WHERE story_id = $story {Order}");
            var story = some.Parameters.Add("$story", SqliteType.Integer);
            foreach (var id in only)
            {
                story.Value = id;
                Count(some);
            }
        }
        var stories = new List<StorySummary>();
        using (var command = Command("SELECT id, first_published, last_published, dirty FROM stories"))
        {
            ReadRows(command, "stories", r => Convert.ToString(r.GetValue(0), CultureInfo.InvariantCulture)!, reader =>
            {
                var id = reader.GetInt64(0);
                if ((only is null || only.Contains(id)) && sizes.TryGetValue(id, out var size))
                {
                    // A dirty flag that cannot be read counts as dirty: the tree is drawn again rather than trusted.
                    var dirty = reader.IsDBNull(3) || reader.GetValue(3) is not long flag || flag != 0;
                    stories.Add(new StorySummary(id, size, TimeOrUndated(reader, 1, "stories", id), TimeOrUndated(reader, 2, "stories", id), titles[id], dirty));
                }
            });
        }
        return [.. stories.OrderByDescending(s => s.Size).ThenBy(s => s.Id)];
    }

    /// <summary>A story's articles, earliest published first (undated ones last), then in ingest order.</summary>
    public IReadOnlyList<StoredArticle> Members(long storyId) =>
        Articles("WHERE story_id = $story ORDER BY published IS NULL, published, id", ("$story", storyId));

    /// <summary>
    /// The articles a user's reference names: a stored id (<c>#12</c> or <c>12</c>), a key, an article id
    /// (file name without extension), or a file path.
    /// </summary>
    public IReadOnlyList<StoredArticle> Find(string reference)
    {
        var trimmed = reference.TrimStart('#');
        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            var byId = Articles("WHERE id = $id", ("$id", id));
            if (byId.Count > 0)
            {
                return byId;
            }
        }
        var full = System.IO.Path.GetFullPath(reference);
        return Articles("WHERE key = $r OR name = $r OR file = $r OR file = $full OR key = $full ORDER BY id", ("$r", reference), ("$full", full));
    }

    /// <summary>The story profile stored for one article.</summary>
    public StoryFeatures Features(long id)
    {
        using var command = Command("SELECT features, published FROM articles WHERE id = $id", null, ("$id", id));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new KeyNotFoundException($"no article #{id} in {Path}");
        }
        return new StoryFeatures(FeatureBlob.Read((byte[])reader[0]), OptionalTime(reader, 1));
    }

    /// <summary>The stored version of one article.</summary>
    public StoredArticle? Article(long id) => Articles("WHERE id = $id", ("$id", id)).SingleOrDefault();

    private List<StoredArticle> Articles(string where, params (string, object?)[] parameters)
    {
        using var command = Command($"SELECT id, key, name, file, line, format, title, source, url, published, story_id, original, body_start FROM articles {where}", null, parameters);
        var articles = new List<StoredArticle>();
        ReadRows(command, "articles", r => Convert.ToString(r.GetValue(0), CultureInfo.InvariantCulture)!, reader =>
        {
            var id = reader.GetInt64(0);
            var format = (DocumentFormat)reader.GetInt32(5);
            if (!Enum.IsDefined(format))
            {
                throw new FormatException($"unknown format {(int)format}");
            }
            var original = reader.GetString(11);
            var bodyStart = reader.GetInt32(12);
            if (bodyStart < 0 || bodyStart > original.Length)
            {
                throw new FormatException($"body start {bodyStart} lies outside its {original.Length} characters");
            }
            articles.Add(new StoredArticle(
                id, reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4), format,
                OptionalString(reader, 6), OptionalString(reader, 7), OptionalString(reader, 8), TimeOrUndated(reader, 9, "articles", id),
                reader.GetInt64(10), original, bodyStart));
        });
        return articles;
    }

    /// <summary>Replaces a story's alignments and family tree and marks it fresh.</summary>
    public void SaveTree(long storyId, IReadOnlyList<AlignmentRecord> alignments, IReadOnlyList<EdgeRecord> edges)
    {
        using var transaction = _connection.BeginTransaction();
        Execute("DELETE FROM alignments WHERE story_id = $s; DELETE FROM edges WHERE story_id = $s", transaction, ("$s", storyId));
        foreach (var a in alignments)
        {
            Execute("INSERT OR REPLACE INTO alignments (story_id, target_id, source_id, verdict, coverage, passages) VALUES ($s, $t, $src, $v, $c, $p)", transaction,
                ("$s", storyId), ("$t", a.TargetId), ("$src", a.SourceId), ("$v", a.Verdict.ToString()), ("$c", a.Coverage), ("$p", JsonSerializer.Serialize(a.Passages, Json)));
        }
        foreach (var e in edges)
        {
            Execute("INSERT OR REPLACE INTO edges (story_id, source_id, target_id, kind, verdict, coverage, reasons) VALUES ($s, $src, $t, $k, $v, $c, $r)", transaction,
                ("$s", storyId), ("$src", e.SourceId), ("$t", e.TargetId), ("$k", e.Kind.ToString()), ("$v", e.Verdict.ToString()), ("$c", e.Coverage), ("$r", JsonSerializer.Serialize(e.Reasons, Json)));
        }
        Execute("UPDATE stories SET dirty = 0 WHERE id = $s", transaction, ("$s", storyId));
        transaction.Commit();
    }

    /// <summary>A story's family tree as last saved.</summary>
    public IReadOnlyList<EdgeRecord> Edges(long storyId)
    {
        using var command = Command("SELECT source_id, target_id, kind, verdict, coverage, reasons FROM edges WHERE story_id = $s ORDER BY source_id, target_id", null, ("$s", storyId));
        var edges = new List<EdgeRecord>();
        ReadRows(command, "edges", PairOf, reader => edges.Add(new EdgeRecord(reader.GetInt64(0), reader.GetInt64(1), Known<EdgeKind>(reader, 2), Known<Verdict>(reader, 3),
            reader.GetDouble(4), JsonSerializer.Deserialize<List<string>>(reader.GetString(5), Json) ?? [])));
        return edges;
    }

    /// <summary>The alignments of one target article with each source of its story that it shares passages with.</summary>
    public IReadOnlyList<AlignmentRecord> AlignmentsOf(long targetId)
    {
        using var command = Command("SELECT source_id, target_id, verdict, coverage, passages FROM alignments WHERE target_id = $t ORDER BY coverage DESC, source_id", null, ("$t", targetId));
        var alignments = new List<AlignmentRecord>();
        ReadRows(command, "alignments", PairOf, reader => alignments.Add(new AlignmentRecord(reader.GetInt64(1), reader.GetInt64(0), Known<Verdict>(reader, 2), reader.GetDouble(3),
            JsonSerializer.Deserialize<List<StoredPassage>>(reader.GetString(4), Json) ?? [])));
        return alignments;
    }

    private static string FormatTime(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static DateTimeOffset? OptionalTime(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : ParseTime(reader.GetString(column));

    private static string? OptionalString(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    private void Execute(string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        return command.ExecuteScalar();
    }
}
