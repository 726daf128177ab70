using System.Globalization;
using System.Text;

namespace Stemma.Reading;

/// <summary>
/// Escaped lone surrogates in a JSON line (<c>"\ud800"</c>, <c>"\udfff"</c> without their pair) are valid
/// JSON text but not valid Unicode: System.Text.Json refuses to turn them into a string. They are replaced
/// with <c>\ufffd</c> (U+FFFD, the replacement character) before parsing, and counted so the reader can
/// report them. Escaped pairs and every other escape are left as they are.
/// </summary>
internal static class JsonSurrogates
{
    public static string Repair(string line, out int replaced)
    {
        replaced = 0;
        if (!line.Contains("\\u", StringComparison.Ordinal))
        {
            return line;
        }
        StringBuilder? repaired = null;
        var copiedUpTo = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '\\')
            {
                continue;
            }
            if (!TryEscapedUnit(line, i, out var unit))
            {
                i++; // another escape ("\\", "\""): skip its second character
                continue;
            }
            if (char.IsHighSurrogate(unit) && TryEscapedUnit(line, i + 6, out var low) && char.IsLowSurrogate(low))
            {
                i += 11; // a proper pair
                continue;
            }
            if (char.IsSurrogate(unit))
            {
                repaired ??= new StringBuilder(line.Length);
                repaired.Append(line, copiedUpTo, i - copiedUpTo).Append("\\ufffd");
                copiedUpTo = i + 6;
                replaced++;
            }
            i += 5;
        }
        return repaired is null ? line : repaired.Append(line, copiedUpTo, line.Length - copiedUpTo).ToString();
    }

    private static bool TryEscapedUnit(string line, int at, out char unit)
    {
        unit = '\0';
        if (at + 6 > line.Length || line[at] != '\\' || line[at + 1] != 'u'
            || !ushort.TryParse(line.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }
        unit = (char)value;
        return true;
    }
}
