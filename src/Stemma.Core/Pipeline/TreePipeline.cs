using Stemma.Extraction;
using Stemma.Provenance;
using Stemma.Storage;
using Stemma.Text;

namespace Stemma.Pipeline;

/// <summary>
/// Draws stories' family trees from the store: extracts and segments a story's articles again from their
/// stored originals, builds the tree (<see cref="ProvenanceBuilder"/>) and saves it. Ingest marks the
/// stories it touches as stale; only those are drawn again.
/// </summary>
public sealed class TreePipeline(SqliteStore store, ProvenanceOptions? options = null, ExtractionOptions? extraction = null)
{
    private readonly ProvenanceBuilder _builder = new(options);
    private readonly ExtractionOptions _extraction = extraction ?? ExtractionOptions.Default;

    /// <summary>Draws the trees of the stale stories among <paramref name="stories"/> (all stale ones when null); returns how many were drawn.</summary>
    public int RefreshStale(IReadOnlyCollection<long>? stories = null, IProgress<(int Done, int Total)>? progress = null)
    {
        var stale = store.Stories(stories).Where(s => s.Dirty).Select(s => s.Id).ToList();
        for (var i = 0; i < stale.Count; i++)
        {
            Refresh(stale[i]);
            progress?.Report((i + 1, stale.Count));
        }
        return stale.Count;
    }

    /// <summary>Draws one story's tree and saves it.</summary>
    public FamilyTree Refresh(long storyId) => Refresh(storyId, Members(storyId));

    /// <summary>Draws one story's tree from its members, already read (<see cref="Members"/>), and saves it.</summary>
    public FamilyTree Refresh(long storyId, IReadOnlyList<StoryMember> members)
    {
        var tree = _builder.Build(members);
        store.SaveTree(storyId, tree.Alignments, tree.Edges);
        return tree;
    }

    /// <summary>A story's members, segmented again from the store, in the store's order (earliest first).</summary>
    public IReadOnlyList<StoryMember> Members(long storyId)
    {
        var stored = store.Members(storyId);
        var extracted = new ArticleExtractor(_extraction).ExtractAll([.. stored.Select(a => a.ToDocument())]).Articles;
        var byKey = extracted.ToDictionary(a => (a.Document.File, a.Document.Line, a.Document.Id));
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
