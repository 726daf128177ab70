namespace Stemma.Reading;

/// <summary>
/// The optional header of a <c>.txt</c> article: lines at the very top of the form <c>Key: value</c>, with
/// keys <c>Title</c>, <c>Source</c>, <c>Published</c>, <c>URL</c> and <c>Id</c> (any case), ended by the
/// first line that is not one of them; one blank line after the header is part of it. A file whose first
/// line is not a header line has no header and is all body.
/// </summary>
internal sealed record TextHeader(int BodyStart, IReadOnlyDictionary<string, (string Value, int Line)> Fields)
{
    private static readonly string[] Keys = ["title", "source", "published", "url", "id"];

    public static TextHeader Parse(string text)
    {
        var fields = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        var position = 0;
        var lineNumber = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var next = end < 0 ? text.Length : end + 1;
            var line = text.AsSpan(position, (end < 0 ? text.Length : end) - position).TrimEnd('\r');
            lineNumber++;
            if (!TryParseField(line, out var key, out var value))
            {
                if (fields.Count > 0 && line.IsWhiteSpace())
                {
                    position = next;
                }
                break;
            }
            fields[key] = (value, lineNumber);
            position = next;
        }
        return new TextHeader(fields.Count == 0 ? 0 : position, fields);
    }

    public string? this[string key] => Fields.TryGetValue(key, out var field) ? field.Value : null;

    private static bool TryParseField(ReadOnlySpan<char> line, out string key, out string value)
    {
        key = value = "";
        var colon = line.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }
        var name = line[..colon].Trim();
        foreach (var candidate in Keys)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                key = candidate;
                value = line[(colon + 1)..].Trim().ToString();
                return value.Length > 0;
            }
        }
        return false;
    }
}
