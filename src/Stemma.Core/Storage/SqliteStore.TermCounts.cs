using Microsoft.Data.Sqlite;
using Stemma.Stories;

namespace Stemma.Storage;

/// <summary>
/// Ingest's document frequencies, added up in memory across batches and written in one go: upserting every
/// distinct term of every 256-article batch wrote most terms once per batch (about 600,000 upserts for PAN's
/// 84,000 terms), a sixth of the writer's CPU.
/// </summary>
public sealed partial class SqliteStore
{
    /// <summary>Terms waiting beyond which they are written at once: bounds the memory they hold (about 40 bytes each).</summary>
    private const int TermsHeldAtMost = 1 << 20;

    private readonly Dictionary<ulong, int> _termsBehind = [];
    private long _documentsCounted = -1;
    private bool _frequenciesMarkedBehind;

    /// <summary>
    /// Writes the document frequencies counted since the last flush, and the number of documents they now
    /// count, in <paramref name="transaction"/>. Until then the table lags the articles and says so (meta has no
    /// count), so a process stopped before this runs leaves a store whose next ingest rebuilds the table from
    /// the articles.
    /// </summary>
    private void FlushTermFrequencies(SqliteTransaction transaction)
    {
        if (_documentsCounted < 0)
        {
            return;
        }
        var command = Prepared("INSERT INTO term_frequencies (term, documents) VALUES ($t, $d) ON CONFLICT(term) DO UPDATE SET documents = max(0, documents + $d)", transaction);
        var term = command.Parameters.Add("$t", SqliteType.Integer);
        var change = command.Parameters.Add("$d", SqliteType.Integer);
        // In key order (as SQLite orders the signed keys): the table's B-tree is then walked once from end to end.
        foreach (var (key, delta) in _termsBehind.Where(c => c.Value != 0).Select(c => (Key: unchecked((long)c.Key), c.Value)).OrderBy(c => c.Key))
        {
            term.Value = key;
            change.Value = delta;
            command.ExecuteNonQuery();
        }
        SetFrequenciesCount(_documentsCounted, transaction);
        _termsBehind.Clear();
        _documentsCounted = -1;
        _frequenciesMarkedBehind = false;
    }

    /// <summary>
    /// In the batch's transaction, before the table first lags the articles: removes meta's count, so that a
    /// store left with terms unwritten never passes for one whose table matches its articles.
    /// </summary>
    private void MarkTermFrequenciesBehind(SqliteTransaction transaction)
    {
        if (!_frequenciesMarkedBehind)
        {
            Prepared("DELETE FROM meta WHERE key = $k", transaction, ("$k", FrequenciesKey)).ExecuteNonQuery();
        }
    }

    /// <summary>Adds a committed batch's changes to those waiting; writes them once too many wait.</summary>
    private void CountTerms(IReadOnlyList<(StoryFeatures Features, int Delta)> counted, long documents)
    {
        foreach (var (features, delta) in counted)
        {
            foreach (var term in features.Terms)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_termsBehind, term.Key, out _) += delta;
            }
        }
        _documentsCounted = documents;
        _frequenciesMarkedBehind = true;
        if (_termsBehind.Count >= TermsHeldAtMost)
        {
            using var transaction = _connection.BeginTransaction();
            FlushTermFrequencies(transaction);
            transaction.Commit();
        }
    }
}
