namespace Stemma.Alignment;

/// <summary>
/// Resolves draft passages and verbatim runs of one source into <see cref="Passage"/>s with spans of the
/// original files. A run inside a passage's target sentences belongs to it; a run outside every passage
/// becomes a verbatim passage of its own. Marks what the passages cover.
/// </summary>
internal sealed class PassageAssembler
{
    private readonly ArticleProfile _target;
    private readonly ArticleProfile _source;
    private readonly int _sourceIndex;
    private readonly AlignmentOptions _options;

    public PassageAssembler(ArticleProfile target, ArticleProfile source, int sourceIndex, AlignmentOptions options)
    {
        _target = target;
        _source = source;
        _sourceIndex = sourceIndex;
        _options = options;
    }

    public List<Passage> Assemble(List<DraftPassage> drafts, List<VerbatimRun> runs, TargetCoverage coverage)
    {
        var passages = new List<Passage>();
        var placed = new bool[runs.Count];
        foreach (var run in runs)
        {
            var (start, end) = CleanSpan(_target, run.TargetWord, run.Words);
            coverage.MarkRun(start, end, run.Words);
        }
        var loneThreshold = _options.SeedThreshold + LoneRise(drafts.Where(d => !d.IsLone || HasRun(d, runs)));
        var kept = new List<DraftPassage>();
        foreach (var draft in drafts)
        {
            if (draft.IsLone && draft.Similarity < loneThreshold && !HasRun(draft, runs))
            {
                continue;
            }
            kept.Add(draft);
            var targetStart = _target.Sentences[draft.FirstTarget].Sentence.Start;
            var targetEnd = End(_target, draft.LastTarget);
            var chars = coverage.Count(targetStart, targetEnd);
            if (chars < _options.MinPassageChars)
            {
                continue;
            }
            var inside = new List<VerbatimSpan>();
            var runChars = 0;
            for (var r = 0; r < runs.Count; r++)
            {
                var sentence = _target.Words[runs[r].TargetWord].Sentence;
                if (sentence >= draft.FirstTarget && sentence <= draft.LastTarget)
                {
                    placed[r] = true;
                    inside.Add(Span(runs[r]));
                    var (start, end) = CleanSpan(_target, runs[r].TargetWord, runs[r].Words);
                    runChars += coverage.Count(start, Math.Min(end, targetEnd));
                }
            }
            coverage.MarkPassage(targetStart, targetEnd);
            var share = chars == 0 ? 0 : Math.Min(1.0, (double)runChars / chars);
            passages.Add(new Passage
            {
                SourceIndex = _sourceIndex,
                Target = SentenceSpan(_target, draft.FirstTarget, draft.LastTarget),
                Source = SentenceSpan(_source, draft.FirstSource, draft.LastSource),
                Kind = share >= _options.VerbatimPassageShare ? PassageKind.Verbatim : PassageKind.Rewrite,
                Similarity = Math.Round(draft.Similarity, 4),
                VerbatimShare = Math.Round(share, 4),
                TargetSentences = (draft.FirstTarget, draft.LastTarget),
                SourceSentences = (draft.FirstSource, draft.LastSource),
                SentencePairs = draft.Seeds.OrderBy(s => s.Target).ThenBy(s => s.Source)
                    .Select(s => new SentencePair(s.Target, s.Source, Math.Round(s.Score.Similarity, 4))).ToList(),
                VerbatimRuns = inside,
            });
        }
        var loneRunWords = _options.MinVerbatimWords + (int)(_options.MinVerbatimWords * LoneRise(kept));
        for (var r = 0; r < runs.Count; r++)
        {
            if (placed[r])
            {
                continue;
            }
            var run = runs[r];
            var (start, end) = CleanSpan(_target, run.TargetWord, run.Words);
            if (run.Words < loneRunWords || coverage.Count(start, end) < _options.MinPassageChars)
            {
                continue;
            }
            coverage.MarkPassage(start, end);
            var span = Span(run);
            var targetSentence = _target.Words[run.TargetWord].Sentence;
            var sourceSentence = _source.Words[run.SourceWord].Sentence;
            passages.Add(new Passage
            {
                SourceIndex = _sourceIndex,
                Target = span.Target,
                Source = span.Source,
                Kind = PassageKind.Verbatim,
                Similarity = 1,
                VerbatimShare = 1,
                TargetSentences = (targetSentence, _target.Words[run.TargetWord + run.Words - 1].Sentence),
                SourceSentences = (sourceSentence, _source.Words[run.SourceWord + run.Words - 1].Sentence),
                SentencePairs = [],
                VerbatimRuns = [span],
            });
        }
        return passages;
    }

    /// <summary>
    /// How much more a lone find must show to be kept: <see cref="AlignmentOptions.LoneSentenceRise"/>
    /// per tenfold of sentence pairs compared, scaled by the square of the share of target sentences not
    /// already in passages of several sentences or with verbatim runs (a lone pair beside a long aligned
    /// stretch is expected; alone, it is chance). A lone sentence pair needs the seed threshold plus this
    /// rise (anchors: passages of several sentences or with runs); a verbatim run outside every passage
    /// needs this share more words than the minimum, in whole words (anchors: every passage kept).
    /// </summary>
    private double LoneRise(IEnumerable<DraftPassage> anchors)
    {
        var pairs = Math.Max(1.0, (double)_target.Sentences.Length * _source.Sentences.Length);
        var anchored = anchors.Sum(d => d.TargetSentences);
        var unanchored = 1 - Math.Min(1.0, anchored / (double)Math.Max(1, _target.Sentences.Length));
        return _options.LoneSentenceRise * Math.Log10(pairs) * unanchored * unanchored;
    }

    private bool HasRun(DraftPassage draft, List<VerbatimRun> runs) =>
        runs.Any(r => _target.Words[r.TargetWord].Sentence is var s && s >= draft.FirstTarget && s <= draft.LastTarget);

    private VerbatimSpan Span(VerbatimRun run)
    {
        var (ts, te) = CleanSpan(_target, run.TargetWord, run.Words);
        var (ss, se) = CleanSpan(_source, run.SourceWord, run.Words);
        return new VerbatimSpan(Original(_target, ts, te), Original(_source, ss, se), run.Words);
    }

    private static (int Start, int End) CleanSpan(ArticleProfile profile, int firstWord, int words) =>
        (profile.Words[firstWord].Start, profile.Words[firstWord + words - 1].End);

    private static int End(ArticleProfile profile, int sentence)
    {
        var s = profile.Sentences[sentence].Sentence;
        return s.Start + s.Length;
    }

    private static TextSpan Original(ArticleProfile profile, int start, int end)
    {
        var (originalStart, length) = profile.Article.Article.Map.ToOriginal(start, end - start);
        return new TextSpan(originalStart, length);
    }

    private static TextSpan SentenceSpan(ArticleProfile profile, int first, int last)
    {
        var a = profile.Sentences[first].Sentence;
        var b = profile.Sentences[last].Sentence;
        return new TextSpan(a.OriginalStart, b.OriginalStart + b.OriginalLength - a.OriginalStart);
    }
}
