namespace Stemma.Sketching;

/// <summary>Shape of the MinHash sketches and their LSH bands.</summary>
public sealed record SketchOptions
{
    public static SketchOptions Default { get; } = new();

    /// <summary>Number of MinHash values per sketch (default 24).</summary>
    public int Hashes { get; init; } = 24;

    /// <summary>
    /// Number of LSH bands the values are cut into (default 12 bands of 2 rows). With r rows a band, two
    /// sketches share a band with probability 1 − (1 − J^r)^b: about 0.5 at Jaccard 0.24 for 12 × 2,
    /// loose on purpose because paraphrases share few words and the aligner rescoring is exact.
    /// </summary>
    public int Bands { get; init; } = 12;

    /// <summary>Seed of the hash family (default fixed, so sketches persist and compare across runs).</summary>
    public ulong Seed { get; init; } = 0x5354454D4D41UL;

    public int RowsPerBand => Hashes / Bands;

    public void Validate()
    {
        if (Hashes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Hashes), Hashes, "Hashes must be at least 1.");
        }
        if (Bands < 1 || Hashes % Bands != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Bands), Bands, $"Bands must divide Hashes ({Hashes}) evenly.");
        }
    }
}
