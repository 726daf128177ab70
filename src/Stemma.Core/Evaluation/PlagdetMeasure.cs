namespace Stemma.Evaluation;

/// <summary>A reuse case or a detection: a span of the suspicious document and one of the source (character offsets).</summary>
public readonly record struct PlagiarismSpan(int ThisOffset, int ThisLength, int SourceOffset, int SourceLength)
{
    public int Size => ThisLength + SourceLength;
}

/// <summary>Precision, recall, granularity and plagdet of a set of detections.</summary>
public sealed record PlagdetScores(double Precision, double Recall, double Granularity, int Cases, int Detections)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>plagdet = F1 / log2(1 + granularity) (Potthast et al. 2010).</summary>
    public double Plagdet => F1 / Math.Log2(1 + Granularity);
}

/// <summary>
/// The PAN text-alignment measures as Potthast, Stein, Barrón-Cedeño and Rosso (2010) define them:
/// case and detection are sets of characters of both documents; a detection detects a case when they
/// overlap in the suspicious and in the source document. Macro precision averages, over detections, the
/// share of each detection's characters inside the cases it detects; macro recall averages, over cases,
/// the share of each case's characters inside the detections that detect it; granularity is the mean
/// number of detections per detected case. Pairs are added one at a time; sums run over the whole corpus.
/// </summary>
public sealed class PlagdetMeasure
{
    private double _recallSum;
    private double _precisionSum;
    private int _cases;
    private int _detections;
    private int _detectedCases;
    private int _detectionsOfDetectedCases;

    /// <summary>Adds one document pair's true cases and detections.</summary>
    public void Add(IReadOnlyList<PlagiarismSpan> cases, IReadOnlyList<PlagiarismSpan> detections)
    {
        foreach (var s in cases)
        {
            var detecting = detections.Where(r => Detects(r, s)).ToList();
            _cases++;
            if (detecting.Count > 0)
            {
                _detectedCases++;
                _detectionsOfDetectedCases += detecting.Count;
            }
            _recallSum += Covered(s, detecting) / (double)s.Size;
        }
        foreach (var r in detections)
        {
            _detections++;
            var detected = cases.Where(s => Detects(r, s)).ToList();
            _precisionSum += Covered(r, detected) / (double)r.Size;
        }
    }

    public PlagdetScores Scores => new(
        _detections == 0 ? 0 : _precisionSum / _detections,
        _cases == 0 ? 0 : _recallSum / _cases,
        _detectedCases == 0 ? 1 : (double)_detectionsOfDetectedCases / _detectedCases,
        _cases,
        _detections);

    private static bool Detects(PlagiarismSpan r, PlagiarismSpan s) =>
        Overlap(r.ThisOffset, r.ThisLength, s.ThisOffset, s.ThisLength) > 0 && Overlap(r.SourceOffset, r.SourceLength, s.SourceOffset, s.SourceLength) > 0;

    /// <summary>Characters of <paramref name="span"/> (both sides) inside the union of <paramref name="others"/>.</summary>
    private static int Covered(PlagiarismSpan span, List<PlagiarismSpan> others) =>
        UnionOverlap(span.ThisOffset, span.ThisLength, others.Select(o => (o.ThisOffset, o.ThisLength)))
        + UnionOverlap(span.SourceOffset, span.SourceLength, others.Select(o => (o.SourceOffset, o.SourceLength)));

    private static int UnionOverlap(int start, int length, IEnumerable<(int Start, int Length)> others)
    {
        var end = start + length;
        var pieces = others.Select(o => (Start: Math.Max(start, o.Start), End: Math.Min(end, o.Start + o.Length)))
            .Where(p => p.End > p.Start).OrderBy(p => p.Start).ToList();
        int total = 0, reach = start;
        foreach (var (s, e) in pieces)
        {
            var from = Math.Max(s, reach);
            if (e > from)
            {
                total += e - from;
                reach = e;
            }
        }
        return total;
    }

    private static int Overlap(int a, int lengthA, int b, int lengthB) => Math.Max(0, Math.Min(a + lengthA, b + lengthB) - Math.Max(a, b));
}
