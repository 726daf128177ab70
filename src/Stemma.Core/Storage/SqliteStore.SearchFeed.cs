using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Stemma.Storage;

/// <summary>
/// Feeding the search index many ingest batches at once instead of article by article. Row by row, FTS5
/// flushed and merged its pending terms for every article; batch by batch, it still sorted and wrote every
/// batch's terms as a segment of their own and merged those. So ingest indexes its new articles once
/// <see cref="WaitingAtMost"/> wait, when a batch replaces stored articles, and at its end
/// (<see cref="FinishIngest"/>), each time in one statement with a pending-terms budget large enough for all.
/// </summary>
public sealed partial class SqliteStore
{
    /// <summary>
    /// New articles left out of the search index at most, between two feeds (about 6 MB of pending terms for
    /// PAN's 6 KB articles). Not more: a feed holds the writer for its whole length, and the last one runs
    /// after everything else has finished. Fed every 4,096, PAN's ingest spent its last second on one core
    /// (a 0.9 s feed, then the rest); fed every 1,024, the same CPU and 0.2-0.3 s of wall less.
    /// </summary>
    private const int WaitingAtMost = 1024;

    /// <summary>FTS5's budget of pending terms before it writes them (its default is 1 MB): enough for <see cref="WaitingAtMost"/> articles.</summary>
    private const int SearchPendingBytes = 128 << 20;

    /// <summary>Meta: the lowest id of the articles written but not yet indexed, while there are any (so a store stopped meanwhile indexes them when next opened).</summary>
    private const string SearchBehindKey = "search_behind_from";

    private readonly List<long> _unindexed = [];

    /// <summary>
    /// Ends an ingest's run of <see cref="WriteIngestBatch"/> calls in one transaction: indexes the articles
    /// still waiting and writes the document frequencies counted since the last flush.
    /// </summary>
    public void FinishIngest()
    {
        using var transaction = _connection.BeginTransaction();
        IndexWaitingArticles(transaction);
        FlushTermFrequencies(transaction);
        transaction.Commit();
    }

    /// <summary>
    /// Writes a batch's articles with the search index's insert trigger standing aside (meta
    /// 'search_fed_by_writer', inserted and deleted inside <paramref name="transaction"/> so no other
    /// connection ever sees it); the new articles wait to be indexed, in id order. Articles already waiting
    /// are indexed first when the batch replaces stored ones: the update trigger takes an article's old
    /// words out of the index, so they must be in it.
    /// </summary>
    private void WriteArticlesThenIndexThem(IReadOnlyList<ArticleWrite> inserts, IReadOnlyList<(long Id, ArticleWrite Article)> updates, SqliteTransaction transaction)
    {
        if (updates.Count > 0)
        {
            IndexWaitingArticles(transaction);
        }
        Prepared("INSERT INTO meta (key, value) VALUES ('search_fed_by_writer', '1')", transaction).ExecuteNonQuery();
        var ids = WriteArticles(inserts, updates, transaction);
        Prepared("DELETE FROM meta WHERE key = 'search_fed_by_writer'", transaction).ExecuteNonQuery();
        if (ids.Count == 0)
        {
            return;
        }
        if (_unindexed.Count == 0)
        {
            Prepared("INSERT INTO meta (key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = min(CAST(value AS INTEGER), $v)", transaction,
                ("$k", SearchBehindKey), ("$v", ids.Min())).ExecuteNonQuery();
        }
        _unindexed.AddRange(ids);
        if (_unindexed.Count >= WaitingAtMost)
        {
            IndexWaitingArticles(transaction);
        }
    }

    /// <summary>Indexes the articles written but not yet indexed, in one statement, in id order.</summary>
    private void IndexWaitingArticles(SqliteTransaction transaction)
    {
        if (_unindexed.Count == 0)
        {
            return;
        }
        Prepared("INSERT INTO articles_search (articles_search, rank) VALUES ('hashsize', $n)", transaction, ("$n", SearchPendingBytes)).ExecuteNonQuery();
        var list = "[" + string.Join(",", _unindexed.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]";
        Prepared(
            """
            INSERT INTO articles_search (rowid, title, clean)
            SELECT id, title, clean FROM articles WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY id
            """, transaction, ("$ids", list)).ExecuteNonQuery();
        Prepared("DELETE FROM meta WHERE key = $k", transaction, ("$k", SearchBehindKey)).ExecuteNonQuery();
        _unindexed.Clear();
    }

    /// <summary>
    /// On opening a store whose last ingest stopped with articles not yet indexed: indexes them (those from
    /// meta's first id on that the index does not hold).
    /// </summary>
    private void IndexArticlesLeftBehind()
    {
        if (Scalar("SELECT value FROM meta WHERE key = $k", null, ("$k", SearchBehindKey)) is not { } from)
        {
            return;
        }
        using var transaction = _connection.BeginTransaction();
        Execute(
            """
            INSERT INTO articles_search (rowid, title, clean)
            SELECT id, title, clean FROM articles WHERE id >= CAST($from AS INTEGER) AND id NOT IN (SELECT id FROM articles_search_docsize) ORDER BY id
            """, transaction, ("$from", from));
        Execute("DELETE FROM meta WHERE key = $k", transaction, ("$k", SearchBehindKey));
        transaction.Commit();
    }
}
