using System.Globalization;
using System.Text;

namespace Stemma.Storage;

/// <summary>Finding stories: full-text search over titles and text, the sources stored, and a mark that changes whenever the store does.</summary>
public sealed partial class SqliteStore
{
    /// <summary>
    /// The stories whose articles match every word of <paramref name="query"/> (titles weigh ten times the
    /// text), best match first. The query is read as plain words: FTS5's operators are not exposed to users.
    /// </summary>
    public IReadOnlyList<long> SearchStories(string query, int limit = 500)
    {
        var match = MatchExpression(query);
        if (match.Length == 0)
        {
            return [];
        }
        // bm25 cannot be used inside an aggregate: take the best-ranked articles and keep each story's first.
        using var command = Command(
            """
            SELECT a.story_id FROM articles_search JOIN articles a ON a.id = articles_search.rowid
            WHERE articles_search MATCH $q ORDER BY bm25(articles_search, 10.0, 1.0), a.id LIMIT $n
            """, null, ("$q", match), ("$n", limit * 20));
        using var reader = command.ExecuteReader();
        var stories = new List<long>();
        var seen = new HashSet<long>();
        while (reader.Read() && stories.Count < limit)
        {
            if (seen.Add(reader.GetInt64(0)))
            {
                stories.Add(reader.GetInt64(0));
            }
        }
        return stories;
    }

    /// <summary>Every source named by a stored article, with its number of articles, most first.</summary>
    public IReadOnlyList<(string Source, int Articles)> Sources()
    {
        using var command = Command("SELECT source, count(*) FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY count(*) DESC, source");
        using var reader = command.ExecuteReader();
        var sources = new List<(string, int)>();
        while (reader.Read())
        {
            sources.Add((reader.GetString(0), reader.GetInt32(1)));
        }
        return sources;
    }

    /// <summary>The stories holding at least one article from <paramref name="source"/>.</summary>
    public IReadOnlySet<long> StoriesFrom(string source)
    {
        using var command = Command("SELECT DISTINCT story_id FROM articles WHERE source = $s", null, ("$s", source));
        using var reader = command.ExecuteReader();
        var stories = new HashSet<long>();
        while (reader.Read())
        {
            stories.Add(reader.GetInt64(0));
        }
        return stories;
    }

    /// <summary>
    /// A mark that differs whenever articles were added, changed or removed, or trees drawn: what a cache of the
    /// store is valid for. Ingest stamps every story it touches (a story left empty is deleted) and marks it stale;
    /// drawing a tree marks it fresh; a new article takes a new id.
    /// Cheap: it reads no article text (a column after the text would make SQLite walk every overflow page).
    /// </summary>
    public string ChangeMark()
    {
        using var command = Command(
            "SELECT (SELECT coalesce(max(id), 0) FROM articles), coalesce(max(updated), ''), coalesce(sum(dirty), 0), count(*) FROM stories");
        using var reader = command.ExecuteReader();
        reader.Read();
        return string.Create(CultureInfo.InvariantCulture, $"{reader.GetInt64(0)}:{reader.GetString(1)}:{reader.GetInt64(2)}:{reader.GetInt64(3)}");
    }

    /// <summary>Each word of the query as a quoted FTS5 string (quotes doubled), all required; the last may be a prefix.</summary>
    internal static string MatchExpression(string query)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var match = new StringBuilder();
        foreach (var word in words.Take(32))
        {
            var clean = new string([.. word.Where(c => char.IsLetterOrDigit(c) || c is '-' or '\'')]).Trim('-', '\'');
            if (clean.Length == 0)
            {
                continue;
            }
            match.Append(match.Length == 0 ? "" : " ").Append('"').Append(clean.Replace("\"", "\"\"")).Append('"');
        }
        return match.ToString();
    }
}
