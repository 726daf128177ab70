using System.Text;

namespace Stemma.Reading;

/// <summary>Decodes bytes as UTF-8, refusing invalid sequences and files that look binary.</summary>
internal static class StrictUtf8
{
    private static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; on failure returns null and says why.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        var probe = bytes[..Math.Min(bytes.Length, 8192)];
        // Binary formats are full of NUL runs; real text exported from old tools can carry a stray NUL
        // (PAN 2013 has a dozen such files), which is kept: it does not move any offset.
        if (probe.IndexOf([(byte)0, (byte)0]) >= 0 || probe.Count((byte)0) > Math.Max(1, probe.Length / 100))
        {
            problem = "binary file (contains NUL bytes); expected UTF-8 text";
            return null;
        }
        try
        {
            problem = null;
            return Encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            problem = $"invalid UTF-8 at byte {e.Index}; save the file as UTF-8";
            return null;
        }
    }
}
