using Stemma.Alignment;
using Stemma.Extraction;
using Stemma.Judgement;
using Stemma.Provenance;
using Stemma.Reading;
using Stemma.Sketching;
using Stemma.Storage;
using Stemma.Stories;
using Stemma.Text;

namespace Stemma.Pipeline;

/// <summary>Settings of a check of an outside text against the store.</summary>
public sealed record CheckOptions
{
    public static CheckOptions Default { get; } = new();

    public ExtractionOptions Extraction { get; init; } = ExtractionOptions.Default;

    public AlignmentOptions Alignment { get; init; } = AlignmentOptions.Default;

    /// <summary>The stories most like the text whose articles are compared with it.</summary>
    public int Stories { get; init; } = 3;

    /// <summary>A story less similar than this (the cosine story clustering uses) is not looked into.</summary>
    public double MinimumStorySimilarity { get; init; } = 0.1;

    /// <summary>Articles compared at most, over all candidate stories: the cost of one check is bounded.</summary>
    public int MaximumArticles { get; init; } = 60;

    /// <summary>How many of the text's heaviest words look up stories in the full-text index.</summary>
    public int QueryWords { get; init; } = 24;

    /// <summary>Stories found through those words whose likeness to the text is then measured.</summary>
    public int CandidateStories { get; init; } = 40;

    /// <summary>A candidate story's most recent members read to measure its likeness: the cost of one check is bounded in a large story too.</summary>
    public int MembersRead { get; init; } = 500;

    public void Validate()
    {
        if (Stories < 1 || MaximumArticles < 1 || QueryWords < 1 || CandidateStories < 1 || MembersRead < 1)
        {
            throw new ArgumentException("Stories, MaximumArticles, QueryWords, CandidateStories and MembersRead must each be at least 1.");
        }
        if (MinimumStorySimilarity is < 0 or >= 1)
        {
            throw new ArgumentException($"MinimumStorySimilarity must be in [0, 1), not {MinimumStorySimilarity}.");
        }
    }
}

/// <summary>A stored article a checked text shares passages with, and the comparison of the text with it alone.</summary>
public sealed record CheckedSource(StoredArticle Article, Comparison Comparison);

/// <summary>
/// The outcome of a check: the text as segmented, the comparison with all its sources together, each source
/// on its own, best covered first, and whether the time ran out before every candidate was compared.
/// </summary>
public sealed record CheckResult(SegmentedArticle? Text, Comparison? Overall, IReadOnlyList<CheckedSource> Sources, bool TimedOut, string? Error);

/// <summary>
/// Checks a text that is not in the store ("where does this come from?"): finds the stories most like it, as
/// story clustering measures likeness, compares it with their articles (stages 4–6) and keeps those it shares
/// passages with. Nothing is written, and nothing is loaded beyond what one check needs, whatever the store's
/// size: candidate stories come from the full-text index (the text's heaviest words), and only their members'
/// profiles and the frequencies of their terms are read. One pipeline serves concurrent checks.
/// </summary>
public sealed class CheckPipeline
{
    private readonly CheckOptions _options;
    private readonly ArticleComparer _comparer;

    public CheckPipeline(CheckOptions? options = null)
    {
        _options = options ?? CheckOptions.Default;
        _options.Validate();
        _comparer = new ArticleComparer(_options.Alignment);
    }

    /// <summary>Checks <paramref name="text"/> (plain text, or HTML when it starts with a tag) against <paramref name="store"/>.</summary>
    public CheckResult Check(SqliteStore store, string text, CancellationToken cancellation = default)
    {
        var document = new SourceDocument
        {
            Id = "checked-text",
            File = "(checked text)",
            Original = text,
            Format = text.AsSpan().TrimStart().StartsWith("<") ? DocumentFormat.Html : DocumentFormat.PlainText,
        };
        var extracted = new ArticleExtractor(_options.Extraction).Extract(document);
        if (extracted.Articles.Count == 0)
        {
            return new CheckResult(null, null, [], false, "no article text in it once boilerplate is removed");
        }
        var target = Segmenter.Segment(extracted.Articles[0]);
        var candidates = MostLike(store, target)
            .Where(s => s.Similarity >= _options.MinimumStorySimilarity)
            .OrderByDescending(s => s.Similarity).ThenBy(s => s.Id)
            .Take(_options.Stories)
            .ToList();
        var tree = new TreePipeline(store, extraction: _options.Extraction);
        var found = new List<(StoredArticle Article, SegmentedArticle Text, Comparison Comparison)>();
        var compared = 0;
        var timedOut = false;
        foreach (var (storyId, _) in candidates)
        {
            var stored = store.Members(storyId).ToDictionary(a => a.Id);
            foreach (var member in tree.Members(storyId))
            {
                if (compared++ >= _options.MaximumArticles)
                {
                    break;
                }
                if (cancellation.IsCancellationRequested)
                {
                    timedOut = true;
                    break;
                }
                var comparison = _comparer.Compare(target, [member.Article]);
                if (comparison.Passages.Count > 0)
                {
                    found.Add((stored[member.Id], member.Article, comparison));
                }
            }
        }
        var sources = found.OrderByDescending(f => f.Comparison.Coverage).ThenBy(f => f.Article.Id).ToList();
        var overall = sources.Count == 0 || timedOut ? null : _comparer.Compare(target, [.. sources.Select(s => s.Text)]);
        return new CheckResult(target, overall, [.. sources.Select(s => new CheckedSource(s.Article, s.Comparison))], timedOut, null);
    }

    /// <summary>
    /// Stories that share the text's heaviest words (weight × idf, as clustering queries its postings), each
    /// with the similarity story clustering measures between the text and the story's mean profile.
    /// </summary>
    private List<(long Id, double Similarity)> MostLike(SqliteStore store, SegmentedArticle target)
    {
        var features = StoryFeatures.Of(target);
        var (documents, counts) = store.TermFrequenciesOf(features.Terms.Select(t => t.Key));
        var frequency = counts.ToDictionary(c => c.Key, c => c.Count);
        var idf = (ulong key) => Math.Log((Math.Max(documents, 1) + 1.0) / (frequency.GetValueOrDefault(key) + 1.0));
        var spelling = new Dictionary<ulong, string>();
        foreach (var term in target.Sentences.SelectMany(s => s.Terms).Where(t => t.Token.Kind == TokenKind.Word && !t.IsStop))
        {
            spelling.TryAdd(StableHash.Of(term.Stem), term.Folded);
        }
        var words = features.Terms
            .Where(t => spelling.ContainsKey(t.Key))
            .OrderByDescending(t => t.Weight * idf(t.Key)).ThenBy(t => t.Key)
            .Take(_options.QueryWords)
            .Select(t => spelling[t.Key])
            .ToList();
        var stories = store.StoriesMatchingAny(words, _options.CandidateStories);
        var members = stories.Select(id => (Id: id, Profiles: store.MemberProfiles(id, _options.MembersRead))).ToList();
        var clusterer = new StoryClusterer();
        var terms = features.Terms.Select(t => t.Key).Concat(members.SelectMany(m => m.Profiles.SelectMany(p => p.Terms.Select(t => t.Key))));
        clusterer.LoadFrequencies(documents, store.TermFrequenciesOf(terms).Counts);
        foreach (var (id, profiles) in members)
        {
            foreach (var profile in profiles)
            {
                clusterer.RestoreMember(id, profile);
            }
        }
        return [.. stories.Select(id => (id, clusterer.Similarity(features, id)))];
    }
}
