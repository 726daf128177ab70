using Stemma.Judgement;
using Stemma.Text;

namespace Stemma.Alignment;

/// <summary>
/// Stages 4–6 for one target and its candidate sources: sketch and index each source's sentences, find
/// seed sentence pairs, merge them into passages, find verbatim runs, measure coverage and judge.
/// </summary>
public sealed class ArticleComparer
{
    private readonly AlignmentOptions _options;

    public ArticleComparer(AlignmentOptions? options = null)
    {
        _options = options ?? AlignmentOptions.Default;
        _options.Validate();
    }

    public AlignmentOptions Options => _options;

    public Comparison Compare(SegmentedArticle target, IReadOnlyList<SegmentedArticle> sources)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sources);

        // 1. Profiles: term ids, names, sketches, word streams; weights from all of them.
        var vocabulary = new Vocabulary();
        var targetProfile = ArticleProfile.Build(target, vocabulary, _options.Sketch);
        var sourceProfiles = sources.Select(s => ArticleProfile.Build(s, vocabulary, _options.Sketch)).ToArray();
        var scorer = new SentenceScorer(vocabulary, TermWeights.Build(vocabulary, [targetProfile, .. sourceProfiles]), _options.Lexicon);

        var passages = new List<Passage>();
        var coverage = new TargetCoverage(targetProfile);
        var copying = new SentenceCopying(targetProfile);
        for (var i = 0; i < sourceProfiles.Length; i++)
        {
            // 2. Candidate sentence pairs from the source's index, scored into seeds.
            var source = sourceProfiles[i];
            var seeds = new SentenceIndex(source).FindSeeds(targetProfile, scorer, _options.SeedThreshold);
            if (_options.ExtraPairs is { } extra)
            {
                // ... and from the extra source (embeddings) for target sentences the index left unpaired.
                seeds = ProposedSeeds.Add(seeds, extra, target, sources[i]);
            }

            // 3. Seeds merged into passages; 4. verbatim runs found and attached.
            copying.Observe(source, seeds);
            var drafts = new PassageBuilder(targetProfile, source, scorer, _options).Build(seeds);
            var runs = VerbatimRuns.Find(targetProfile, source, _options.MinVerbatimWords);
            passages.AddRange(new PassageAssembler(targetProfile, source, i, _options).Assemble(drafts, runs, coverage));
        }
        passages.Sort((a, b) => a.Target.Start != b.Target.Start ? a.Target.Start.CompareTo(b.Target.Start) : a.SourceIndex.CompareTo(b.SourceIndex));
        passages = PassageMerger.Merge(passages, _options.MergeGapChars);

        // 5. Coverage and verdict.
        var evidence = coverage.Evidence(
            passages,
            copying,
            bigramContainment: VerbatimRuns.Containment(targetProfile, sourceProfiles, 2),
            trigramContainment: VerbatimRuns.Containment(targetProfile, sourceProfiles, 3),
            overlap: PairOverlap.Measure(targetProfile, sourceProfiles));
        if (_options.ExtraPairs is ITextMeaning meaning && sources.Count > 0 && Math.Max(evidence.Words, evidence.SourceWords) < DerivationJudge.Built.Zones.ArticleFrom)
        {
            // Only where the sentence rule has a say: embedding whole articles would cost and change nothing.
            evidence = evidence with { MeaningCosine = meaning.Cosine(target, sources) };
        }
        return new Comparison(target, sources, DerivationJudge.Judge(evidence), evidence, passages);
    }
}
