using System.Globalization;

namespace Stemma.Reading;

/// <summary>Parses publication times written as ISO 8601 or common RFC forms.</summary>
internal static class PublicationTime
{
    public static bool TryParse(string text, TimeSpan defaultOffset, out DateTimeOffset value)
    {
        var trimmed = text.Trim();
        var hasZone = HasExplicitZone(trimmed);
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out value))
        {
            if (!hasZone && defaultOffset != TimeSpan.Zero)
            {
                value = new DateTimeOffset(DateTime.SpecifyKind(value.UtcDateTime, DateTimeKind.Unspecified), defaultOffset);
            }
            return true;
        }
        return false;
    }

    private static bool HasExplicitZone(string text)
    {
        if (text.EndsWith('Z') || text.EndsWith("GMT", StringComparison.OrdinalIgnoreCase) || text.EndsWith("UTC", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var timeAt = text.IndexOf('T') >= 0 ? text.IndexOf('T') : text.IndexOf(' ');
        return timeAt >= 0 && text.AsSpan(timeAt).IndexOfAny('+', '-') >= 0;
    }
}
