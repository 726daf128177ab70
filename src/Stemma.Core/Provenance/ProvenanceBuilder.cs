using System.Globalization;
using Stemma.Alignment;
using Stemma.Judgement;
using Stemma.Storage;
using Stemma.Text;

namespace Stemma.Provenance;

/// <summary>Settings of the family tree.</summary>
public sealed record ProvenanceOptions
{
    public static ProvenanceOptions Default { get; } = new();

    public AlignmentOptions Alignment { get; init; } = AlignmentOptions.Default;

    /// <summary>
    /// When neither time nor credit lines decide, the more contained article is the copy if its coverage by the
    /// other exceeds the reverse by at least this much; closer than that, two copies are siblings.
    /// </summary>
    public double ContainmentMargin { get; init; } = 0.15;

    /// <summary>A second parent is kept only if it explains at least this share of the target that the first ones do not.</summary>
    public double MinimumAddedCoverage { get; init; } = 0.05;

    /// <summary>Sources whose coverage of a target is within this of the best one explain it equally well.</summary>
    public double CoverageTie { get; init; } = 0.03;

    /// <summary>Publication times closer than this do not decide a direction.</summary>
    public TimeSpan SameTime { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Stories larger than this compare each article with only its most similar members.</summary>
    public int AllPairsUpTo { get; init; } = 40;

    /// <summary>In larger stories, how many most similar members each article is compared with.</summary>
    public int NeighboursInLargeStories { get; init; } = 16;
}

/// <summary>
/// Provenance (DESIGN.md stage 8): within a story, which article derives from which. Every ordered pair is
/// compared (<see cref="ArticleComparer"/>); a pair sharing passages gets a direction from publication time,
/// else from a credit line naming the other's source, else from containment asymmetry (the copy is the one
/// more contained in the other). A pair that nothing orients, each holding most of the other, is two copies
/// of one origin missing from the corpus (siblings), not a chain. Each article keeps as parents only the
/// sources that explain text the others do not, so a copy of a copy is not also drawn from the original.
/// </summary>
public sealed class ProvenanceBuilder
{
    private readonly ProvenanceOptions _options;
    private readonly ArticleComparer _comparer;

    public ProvenanceBuilder(ProvenanceOptions? options = null)
    {
        _options = options ?? ProvenanceOptions.Default;
        _comparer = new ArticleComparer(_options.Alignment);
    }

    public FamilyTree Build(IReadOnlyList<StoryMember> members)
    {
        var pairs = CandidatePairs(members);
        var results = new Comparison[pairs.Count];
        Parallel.For(0, pairs.Count, i => results[i] = _comparer.Compare(members[pairs[i].Target].Article, [members[pairs[i].Source].Article]));
        var compared = new Dictionary<(int Target, int Source), Comparison>();
        for (var i = 0; i < pairs.Count; i++)
        {
            compared[pairs[i]] = results[i];
        }

        var alignments = compared
            .Where(c => c.Value.Verdict != Verdict.None)
            .Select(c => new AlignmentRecord(members[c.Key.Target].Id, members[c.Key.Source].Id, c.Value.Verdict, c.Value.Coverage, Stored(c.Value)))
            .ToList();

        // Each unordered pair sharing passages gets a direction (or none); copies of one missing origin
        // (siblings) are found first, so that a pair nothing orients can borrow the direction its article
        // has against the sibling of the other: the siblings stand for one text.
        var edges = new List<EdgeRecord>();
        var oriented = new Dictionary<(int A, int B), (int? Direction, List<string> Reasons)>();
        for (var a = 0; a < members.Count; a++)
        {
            for (var b = a + 1; b < members.Count; b++)
            {
                var ab = compared.GetValueOrDefault((b, a)); // b as target, a as source
                var ba = compared.GetValueOrDefault((a, b));
                if ((ab?.Coverage ?? 0) == 0 && (ba?.Coverage ?? 0) == 0)
                {
                    continue;
                }
                // Pairs that share passages without a derived verdict either way are oriented too: they give
                // no edge, but their direction can orient a sibling's pair.
                var bothWholly = ab?.Verdict == Verdict.Wholly && ba?.Verdict == Verdict.Wholly;
                var orientation = Orient(members[a], members[b], ab?.Coverage ?? 0, ba?.Coverage ?? 0, bothWholly);
                oriented[(a, b)] = orientation;
                if (orientation.Direction == 0)
                {
                    edges.Add(new EdgeRecord(members[a].Id, members[b].Id, EdgeKind.Siblings, Verdict.Wholly, Math.Min(ab!.Coverage, ba!.Coverage), orientation.Reasons));
                }
            }
        }
        var siblings = oriented.Where(o => o.Value.Direction == 0).Select(o => o.Key).ToList();

        var parents = new Dictionary<int, List<(int Source, List<string> Reasons)>>();
        foreach (var ((a, b), orientation) in oriented)
        {
            var (direction, reasons) = orientation;
            direction ??= ThroughSibling(a, b, oriented, siblings, members, reasons);
            if (direction is null or 0)
            {
                continue;
            }
            var (source, target) = direction > 0 ? (a, b) : (b, a);
            var forward = compared.GetValueOrDefault((target, source));
            if (forward is null || forward.Verdict == Verdict.None)
            {
                continue; // the later or more contained one took nothing that compare can show
            }
            if (!parents.TryGetValue(target, out var list))
            {
                parents[target] = list = [];
            }
            list.Add((source, reasons));
        }

        foreach (var (target, candidates) in parents)
        {
            edges.AddRange(ChooseParents(members, target, candidates, compared));
        }
        return new FamilyTree([.. edges.OrderBy(e => e.SourceId).ThenBy(e => e.TargetId)], alignments);
    }

    /// <summary>
    /// The direction of a pair nothing orients, taken from a sibling: when <paramref name="b"/> is a copy of
    /// one missing origin with some s, and the pair (a, s) has a direction, (a, b) gets the same one (and
    /// likewise with a's siblings). Adds the reason; null when no sibling decides.
    /// </summary>
    private static int? ThroughSibling(int a, int b, Dictionary<(int A, int B), (int? Direction, List<string> Reasons)> oriented, List<(int A, int B)> siblings, IReadOnlyList<StoryMember> members, List<string> reasons)
    {
        // Direction of (x, y) as +1 when y derives from x, from whichever order the pair was stored in.
        int? DirectionOf(int x, int y) =>
            x < y ? oriented.GetValueOrDefault((x, y)).Direction : -oriented.GetValueOrDefault((y, x)).Direction;

        foreach (var (s1, s2) in siblings)
        {
            foreach (var (member, sibling, other, sign) in new[] { (b, s1 == b ? s2 : s1, a, 1), (a, s1 == a ? s2 : s1, b, -1) })
            {
                if ((s1 != member && s2 != member) || sibling == other || DirectionOf(other, sibling) is not { } through || through == 0)
                {
                    continue;
                }
                var relation = through > 0 ? "the source side" : "the copying side";
                reasons.Add($"nothing orients the pair itself, but {members[member].Name} and {members[sibling].Name} are copies of one origin, and {members[other].Name} is {relation} of its pair with {members[sibling].Name}");
                return sign > 0 ? through : -through;
            }
        }
        return null;
    }

    /// <summary>
    /// +1 when <paramref name="b"/> derives from <paramref name="a"/>, −1 for the reverse, 0 for copies of a
    /// missing origin (each wholly in the other, nothing deciding), null for an overlap nothing orients; with
    /// the reasons. <paramref name="bInA"/> is the coverage of b by a.
    /// </summary>
    private (int? Direction, List<string> Reasons) Orient(StoryMember a, StoryMember b, double bInA, double aInB, bool bothWholly)
    {
        var reasons = new List<string>();
        var shares = Invariant($"{bInA:0%} of {b.Name} is found in {a.Name}, {aInB:0%} of {a.Name} in {b.Name}");
        if (a.Published is { } ta && b.Published is { } tb && (ta - tb).Duration() >= _options.SameTime)
        {
            var (early, late, sign) = ta < tb ? (a, b, 1) : (b, a, -1);
            reasons.Add($"{early.Name} was published {Describe((ta - tb).Duration())} before {late.Name}");
            reasons.Add(shares);
            return (sign, reasons);
        }
        var aCredited = Credits(b, a);
        var bCredited = Credits(a, b);
        if (aCredited != bCredited)
        {
            var (credited, crediting, sign) = aCredited ? (a, b, 1) : (b, a, -1);
            reasons.Add($"{crediting.Name} credits {credited.Source}, the source of {credited.Name}");
            reasons.Add(shares);
            return (sign, reasons);
        }
        if (Math.Abs(bInA - aInB) >= _options.ContainmentMargin)
        {
            var sign = bInA > aInB ? 1 : -1;
            var (copy, original) = sign > 0 ? (b, a) : (a, b);
            reasons.Add($"no publication times decide; {copy.Name} is the more contained: {shares}");
            return (sign, reasons);
        }
        if (bothWholly)
        {
            reasons.Add($"each holds most of the other ({shares}) and neither time, credit nor containment tells which came first: copies of one origin, which is not in the corpus");
            return (0, reasons);
        }
        return (null, reasons); // an overlap nothing orients, such as two reports quoting the same statement
    }

    /// <summary>Whether <paramref name="crediting"/> names the source of <paramref name="credited"/> ("told AFP", "(Reuters)").</summary>
    private static bool Credits(StoryMember crediting, StoryMember credited)
    {
        if (credited.Source is not { Length: >= 3 } name || string.Equals(crediting.Source, name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var text = crediting.Article.Article.Text;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + name.Length >= text.Length || !char.IsLetterOrDigit(text[at + name.Length]);
            if (before && after)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Keeps, among the sources a target derives from, the best one and then each other that adds at least
    /// <see cref="ProvenanceOptions.MinimumAddedCoverage"/> of the target the chosen ones do not explain.
    /// </summary>
    private IEnumerable<EdgeRecord> ChooseParents(IReadOnlyList<StoryMember> members, int target, List<(int Source, List<string> Reasons)> candidates, Dictionary<(int, int), Comparison> compared)
    {
        // Best coverage first; sources within a few points of each other (a wire and its verbatim
        // syndication) explain the target equally well, and the earliest of them is taken as the parent.
        var best = candidates.Max(c => compared[(target, c.Source)].Coverage);
        var ordered = candidates
            .OrderByDescending(c => compared[(target, c.Source)].Coverage >= best - _options.CoverageTie)
            .ThenBy(c => compared[(target, c.Source)].Coverage >= best - _options.CoverageTie ? members[c.Source].Published ?? DateTimeOffset.MaxValue : DateTimeOffset.MaxValue)
            .ThenByDescending(c => compared[(target, c.Source)].Coverage)
            .ToList();
        var chosen = new List<int>();
        var covered = 0.0;
        foreach (var (source, reasons) in ordered)
        {
            var alone = compared[(target, source)];
            if (chosen.Count > 0)
            {
                var together = _comparer.Compare(members[target].Article, [.. chosen.Append(source).Select(s => members[s].Article)]).Coverage;
                var added = together - covered;
                if (added < _options.MinimumAddedCoverage)
                {
                    continue;
                }
                reasons.Add(Invariant($"it explains {added:0%} of {members[target].Name} that {string.Join(" and ", chosen.Select(c => members[c].Name))} {(chosen.Count == 1 ? "does" : "do")} not"));
                covered = together;
            }
            else
            {
                covered = alone.Coverage;
            }
            chosen.Add(source);
            yield return new EdgeRecord(members[source].Id, members[target].Id, EdgeKind.Derived, alone.Verdict, alone.Coverage, reasons);
        }
    }

    private List<(int Target, int Source)> CandidatePairs(IReadOnlyList<StoryMember> members)
    {
        var pairs = new List<(int, int)>();
        if (members.Count <= _options.AllPairsUpTo)
        {
            for (var t = 0; t < members.Count; t++)
            {
                for (var s = 0; s < members.Count; s++)
                {
                    if (s != t)
                    {
                        pairs.Add((t, s));
                    }
                }
            }
            return pairs;
        }
        var stems = members.Select(m => m.Article.Sentences.SelectMany(s => s.ContentStems).ToHashSet(StringComparer.Ordinal)).ToList();
        var wanted = new HashSet<(int, int)>();
        for (var t = 0; t < members.Count; t++)
        {
            var nearest = Enumerable.Range(0, members.Count)
                .Where(s => s != t)
                .OrderByDescending(s => Jaccard(stems[t], stems[s]))
                .Take(_options.NeighboursInLargeStories);
            foreach (var s in nearest)
            {
                wanted.Add((t, s));
                wanted.Add((s, t));
            }
        }
        return [.. wanted.Order()];
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        return shared == 0 ? 0 : (double)shared / (a.Count + b.Count - shared);
    }

    private static List<StoredPassage> Stored(Comparison comparison) =>
        [.. comparison.Passages.Select(p => new StoredPassage(p.Target.Start, p.Target.Length, p.Source.Start, p.Source.Length,
            p.Kind.ToString().ToLowerInvariant(), Math.Round(p.Similarity, 3)))];

    private static string Describe(TimeSpan span) =>
        span.TotalDays >= 2 ? Invariant($"{span.TotalDays:0} days")
        : span.TotalHours >= 1 ? Invariant($"{(int)span.TotalHours} h {span.Minutes:00} min")
        : Invariant($"{(int)span.TotalMinutes} min");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
