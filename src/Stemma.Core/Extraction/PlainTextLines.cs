using Stemma.Reading;

namespace Stemma.Extraction;

/// <summary>Splits a plain-text body into <see cref="SourceLine"/>s; a blank line starts a new block.</summary>
internal static class PlainTextLines
{
    public static List<SourceLine> Split(SourceDocument document)
    {
        var text = document.Original;
        var lines = new List<SourceLine>();
        var lineNumber = 1 + CountNewlines(text.AsSpan(0, document.BodyStart));
        var position = document.BodyStart;
        var afterBlank = true;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }
            var lineEnd = end > position && text[end - 1] == '\r' ? end - 1 : end;
            var content = text.AsSpan(position, lineEnd - position);
            if (content.IsWhiteSpace())
            {
                afterBlank = true;
            }
            else
            {
                lines.Add(new SourceLine(content.ToString(), position, lineNumber, afterBlank));
                afterBlank = false;
            }
            lineNumber++;
            position = end + 1;
        }
        return lines;
    }

    private static int CountNewlines(ReadOnlySpan<char> span) => span.Count('\n');
}
