using System.Text;
using System.Text.RegularExpressions;

namespace Stemma.Reading;

/// <summary>Text decoded from bytes, the encoding it was read in, and a warning when the choice was a guess.</summary>
internal sealed record DecodedText(string Text, Encoding Encoding, string? Warning);

/// <summary>
/// Turns a file's bytes into text without ever rejecting it for its encoding. For a web page, as browsers
/// do (WHATWG encoding sniffing, simplified): a byte-order mark; the charset the HTTP header declared; a
/// <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> in the first 4 KB; an XML declaration; else UTF-8 when the
/// bytes are valid UTF-8, else windows-1252. A declared Western single-byte charset (ISO-8859-1, windows-1252)
/// loses to valid UTF-8 holding non-ASCII characters: servers often keep a stale declaration after a site
/// moves to UTF-8, and windows-1252 text is almost never valid UTF-8 by accident. Plain text: a byte-order
/// mark, else UTF-8 when valid, else windows-1252 with a warning. Binary files (NUL runs) are still refused.
/// Offsets count characters of the decoded text, the byte-order mark dropped.
/// </summary>
internal static partial class TextDecoding
{
    private const int SniffBytes = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>windows-1252, the fallback for bytes that are not UTF-8 (and what ISO-8859-1 labels mean on the web).</summary>
    public static Encoding Windows1252 { get; } = CreateWindows1252();

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/>; null (with <paramref name="problem"/>) only for a binary file.
    /// <paramref name="declaredCharset"/> is a charset from outside the bytes (an HTTP header), if any.
    /// </summary>
    public static DecodedText? Decode(ReadOnlySpan<byte> bytes, bool isHtml, string? declaredCharset, out string? problem)
    {
        problem = null;
        if (FromByteOrderMark(bytes) is var (bomEncoding, bomLength) && bomEncoding is not null)
        {
            return new DecodedText(bomEncoding.GetString(bytes[bomLength..]), bomEncoding, null);
        }
        var probe = bytes[..Math.Min(bytes.Length, 8192)];
        // Binary formats are full of NUL runs; real text exported from old tools can carry a stray NUL
        // (PAN 2013 has a dozen such files), which is kept: it does not move any offset.
        if (probe.IndexOf([(byte)0, (byte)0]) >= 0 || probe.Count((byte)0) > Math.Max(1, probe.Length / 100))
        {
            problem = "binary file (contains NUL bytes); expected text";
            return null;
        }
        var declared = isHtml ? ByName(declaredCharset) ?? Sniff(bytes[..Math.Min(bytes.Length, SniffBytes)]) : null;
        var utf8 = TryUtf8(bytes, out var firstBad);
        var staleDeclaration = declared is not null && IsWesternSingleByte(declared) && utf8 is not null && !Ascii.IsValid(bytes);
        if (declared is { } encoding && !staleDeclaration)
        {
            var text = encoding.CodePage == Encoding.UTF8.CodePage ? utf8 ?? Encoding.UTF8.GetString(bytes) : encoding.GetString(bytes);
            return new DecodedText(text, encoding, null);
        }
        if (utf8 is not null)
        {
            return new DecodedText(utf8, Encoding.UTF8, null);
        }
        var warning = isHtml ? null : $"not valid UTF-8 (byte {firstBad}); read as windows-1252";
        return new DecodedText(Windows1252.GetString(bytes), Windows1252, warning);
    }

    private static bool IsWesternSingleByte(Encoding encoding) => encoding.CodePage is 1252 or 28591;

    private static string? TryUtf8(ReadOnlySpan<byte> bytes, out long firstBad)
    {
        firstBad = -1;
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            firstBad = e.Index;
            return null;
        }
    }

    private static (Encoding? Encoding, int Length) FromByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("\uFEFF"u8) ? (Encoding.UTF8, 3)
        : bytes.StartsWith([(byte)0xFF, (byte)0xFE]) ? (Encoding.Unicode, 2)
        : bytes.StartsWith([(byte)0xFE, (byte)0xFF]) ? (Encoding.BigEndianUnicode, 2)
        : (null, 0);

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*<\?xml\b[^>]*?\bencoding\s*=\s*[""']([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();

    /// <summary>The charset a page's start declares (meta charset, http-equiv content, XML declaration), if any we know.</summary>
    private static Encoding? Sniff(ReadOnlySpan<byte> head)
    {
        var ascii = Encoding.Latin1.GetString(head);
        var meta = MetaCharset().Match(ascii);
        if (meta.Success && ByName(meta.Groups[1].Value) is { } fromMeta)
        {
            return fromMeta;
        }
        var xml = XmlEncoding().Match(ascii);
        return xml.Success ? ByName(xml.Groups[1].Value) : null;
    }

    /// <summary>The encoding a charset label names (as the web reads labels: latin1 and ascii are windows-1252), or null.</summary>
    internal static Encoding? ByName(string? label)
    {
        var name = label?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }
        if (name is "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252" or "x-cp1252")
        {
            return Windows1252;
        }
        if (name is "utf8" or "utf-8" or "unicode-1-1-utf-8")
        {
            return Encoding.UTF8;
        }
        if (name.StartsWith("utf-16", StringComparison.Ordinal) || name.StartsWith("ucs-2", StringComparison.Ordinal))
        {
            // A page served as bytes that a meta tag calls UTF-16 is ASCII-compatible; browsers read it as UTF-8.
            return Encoding.UTF8;
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
