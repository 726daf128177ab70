using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Stemma.Storage;

/// <summary>Feeding the search index a whole ingest batch at once instead of article by article.</summary>
public sealed partial class SqliteStore
{
    /// <summary>
    /// Writes a batch's articles with the search index's insert trigger standing aside (meta
    /// 'search_fed_by_writer', inserted and deleted inside <paramref name="transaction"/> so no other
    /// connection ever sees it), then indexes the new articles in one statement, in id order. Updated
    /// articles are re-indexed by the update trigger as before. Same index, less work: FTS5 no longer
    /// flushes and merges its pending terms for every article.
    /// </summary>
    private void WriteArticlesThenIndexThem(IReadOnlyList<ArticleWrite> inserts, IReadOnlyList<(long Id, ArticleWrite Article)> updates, SqliteTransaction transaction)
    {
        Prepared("INSERT INTO meta (key, value) VALUES ('search_fed_by_writer', '1')", transaction).ExecuteNonQuery();
        var ids = WriteArticles(inserts, updates, transaction);
        Prepared("DELETE FROM meta WHERE key = 'search_fed_by_writer'", transaction).ExecuteNonQuery();
        if (ids.Count > 0)
        {
            var list = "[" + string.Join(",", ids.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]";
            Prepared(
                """
                INSERT INTO articles_search (rowid, title, clean)
                SELECT id, title, clean FROM articles WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY id
                """, transaction, ("$ids", list)).ExecuteNonQuery();
        }
    }
}
