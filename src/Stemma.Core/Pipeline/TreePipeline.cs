using Stemma.Extraction;
using Stemma.Provenance;
using Stemma.Reading;
using Stemma.Storage;
using Stemma.Text;

namespace Stemma.Pipeline;

/// <summary>
/// Draws stories' family trees from the store: extracts and segments a story's articles again from their
/// stored originals, builds the tree (<see cref="ProvenanceBuilder"/>) and saves it. Ingest marks the
/// stories it touches as stale; only those are drawn again. On a read-only store a stale tree is drawn in
/// memory for whoever shows it and never saved (hosts such as the CLI and a web server share this rule).
/// A story the builder fails on is skipped and reported in <see cref="Failures"/>; the others are drawn.
/// </summary>
public sealed class TreePipeline(SqliteStore store, ProvenanceOptions? options = null, ExtractionOptions? extraction = null)
{
    private readonly ProvenanceBuilder _builder = new(options);
    private readonly ExtractionOptions _extraction = extraction ?? ExtractionOptions.Default;

    /// <summary>Stored articles left out of a story because they could not be extracted again (a damaged row), one diagnostic each.</summary>
    public List<ReadDiagnostic> Skipped { get; } = [];

    /// <summary>Stories skipped after an unexpected failure, each with the stage and the exception.</summary>
    public List<ArticleFailure> Failures { get; } = [];

    /// <summary>
    /// Draws and saves the trees of the stale stories among <paramref name="stories"/> (all stale ones when
    /// null); returns how many were drawn. A read-only store is left as it is (trees are drawn when shown).
    /// </summary>
    public int RefreshStale(IReadOnlyCollection<long>? stories = null, IProgress<(int Done, int Total)>? progress = null)
    {
        if (store.IsReadOnly)
        {
            return 0;
        }
        var stale = store.Stories(stories).Where(s => s.Dirty).Select(s => s.Id).ToList();
        var drawn = 0;
        for (var i = 0; i < stale.Count; i++)
        {
            var id = stale[i];
            drawn += ArticleGuard.Run($"story {id}", "tree", () => { Refresh(id); return 1; }, 0, Failures);
            progress?.Report((i + 1, stale.Count));
        }
        return drawn;
    }

    /// <summary>
    /// A story's edges as they stand: drawn again when <paramref name="stale"/> (saved unless the store is
    /// read-only), else as stored. <c>Drawn</c> holds the tree when it was drawn here, so its alignments can be
    /// served without reading the store again.
    /// </summary>
    public (IReadOnlyList<EdgeRecord> Edges, FamilyTree? Drawn) Current(long storyId, bool stale, IReadOnlyList<StoryMember> members)
    {
        if (!stale)
        {
            return (store.Edges(storyId), null);
        }
        var tree = Refresh(storyId, members);
        return ([.. tree.Edges.OrderBy(e => e.SourceId).ThenBy(e => e.TargetId)], tree);
    }

    /// <summary>Draws one story's tree and saves it.</summary>
    public FamilyTree Refresh(long storyId) => Refresh(storyId, Members(storyId));

    /// <summary>Draws one story's tree from its members, already read (<see cref="Members"/>), and saves it (unless the store is read-only).</summary>
    public FamilyTree Refresh(long storyId, IReadOnlyList<StoryMember> members)
    {
        var tree = _builder.Build(members);
        if (!store.IsReadOnly)
        {
            store.SaveTree(storyId, tree.Alignments, tree.Edges);
        }
        return tree;
    }

    /// <summary>A story's members, segmented again from the store, in the store's order (earliest first).</summary>
    public IReadOnlyList<StoryMember> Members(long storyId)
    {
        var stored = store.Members(storyId);
        // A stored article the extractor fails on (a damaged row) is left out of the story; the rest are served.
        var result = GuardedStages.Extract(new ArticleExtractor(_extraction), [.. stored.Select(a => a.ToDocument())]);
        Skipped.AddRange(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Rejected));
        var extracted = result.Articles;
        var byKey = new Dictionary<(string, int?, string), ExtractedArticle>();
        foreach (var article in extracted)
        {
            byKey.TryAdd((article.Document.File, article.Document.Line, article.Document.Id), article);
        }
        var members = new List<StoryMember>(stored.Count);
        foreach (var article in stored)
        {
            if (byKey.TryGetValue((article.File, article.Line, article.Name), out var text))
            {
                members.Add(new StoryMember(article.Id, article.Name, article.Source, article.Published, Segmenter.Segment(text)));
            }
        }
        return members;
    }
}
