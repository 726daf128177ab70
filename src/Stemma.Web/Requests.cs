using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Stemma.Web;

/// <summary>Reading what a request gives: ids checked before they reach the store, bodies read no further than the cap.</summary>
internal static class Requests
{
    /// <summary>A store id: digits only (an optional leading '#'), 1 to 18 of them, above zero.</summary>
    public static bool TryId(string? text, out long id)
    {
        id = 0;
        var digits = text?.TrimStart('#') ?? "";
        return digits.Length is > 0 and <= 18
            && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out id)
            && id > 0;
    }

    /// <summary>The body as UTF-8 text, or null when it is larger than <paramref name="cap"/> bytes (read no further).</summary>
    public static async Task<string?> ReadTextAsync(HttpRequest request, long cap, CancellationToken cancellation)
    {
        if (request.ContentLength > cap)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return new UTF8Encoding(false, false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The message a too-large body gets, with status 413.</summary>
    public static string TooLarge(long cap) =>
        $"the text is larger than {cap / (1024 * 1024.0):0.#} MB; send a single article (the check reads at most {cap} bytes)";

    /// <summary>An optional date filter (yyyy-mm-dd), or null when absent or unreadable.</summary>
    public static DateTimeOffset? Date(string? text) =>
        DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
