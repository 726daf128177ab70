using Stemma.Reports;
using Stemma.Storage;

namespace Stemma.Web;

/// <summary>Two articles of one story and what the second took from the first: what the pair page and <c>/api/pair</c> show.</summary>
internal sealed record PairView(StoryReport Report, StoredArticle Source, StoredArticle Target, AlignmentRecord Alignment)
{
    private readonly Lazy<IReadOnlyList<SentenceMatch>> _sentences = new(() => PairSentences.Match(Source, Target));

    /// <summary>The pair's sentences matched one by one (computed once, when first shown).</summary>
    public IReadOnlyList<SentenceMatch> Sentences => _sentences.Value;

    /// <summary>The pair, or null when the articles are not in one story or share no passages.</summary>
    public static PairView? Load(StoreSource stores, SqliteStore store, long sourceId, long targetId) =>
        stores.Cached(store, $"pair:{sourceId}:{targetId}", () => Read(stores, store, sourceId, targetId));

    private static PairView? Read(StoreSource stores, SqliteStore store, long sourceId, long targetId)
    {
        var target = store.Article(targetId);
        if (target is null || stores.Tree(store, target.StoryId) is not { } report)
        {
            return null;
        }
        var source = report.Members.FirstOrDefault(m => m.Id == sourceId);
        return source is not null && report.Alignment(sourceId, targetId) is { } alignment
            ? new PairView(report, source, target, alignment)
            : null;
    }
}
