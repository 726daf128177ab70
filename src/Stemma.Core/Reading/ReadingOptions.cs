namespace Stemma.Reading;

/// <summary>Options for reading articles from files and folders.</summary>
public sealed record ReadingOptions
{
    public static ReadingOptions Default { get; } = new();

    /// <summary>Files larger than this are rejected rather than read (default 32 MiB).</summary>
    public long MaxFileBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>
    /// The time zone assumed for a publication time written without one (default UTC).
    /// </summary>
    public TimeSpan DefaultUtcOffset { get; init; } = TimeSpan.Zero;

    /// <summary>Throws when an option cannot work, saying what to change.</summary>
    public void Validate()
    {
        if (MaxFileBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFileBytes), MaxFileBytes, "MaxFileBytes must be positive.");
        }
        if (DefaultUtcOffset.Duration() > TimeSpan.FromHours(14))
        {
            throw new ArgumentOutOfRangeException(nameof(DefaultUtcOffset), DefaultUtcOffset, "DefaultUtcOffset must lie within ±14 hours.");
        }
    }
}
