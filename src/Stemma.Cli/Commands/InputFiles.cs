using Stemma.Reading;

namespace Stemma.Cli.Commands;

/// <summary>
/// Opens a file a command reads whole (a compare batch, a lexicon) the way articles are read: it must exist, is
/// read capped, and a pipe or a device is refused rather than read forever (<c>--batch /dev/zero</c>).
/// </summary>
internal static class InputFiles
{
    /// <summary>A reader over the file's text, or null after saying on stderr why it cannot be read.</summary>
    public static TextReader? Open(Console2 console, string file, string what)
    {
        if (!File.Exists(file))
        {
            console.Error.WriteLine($"{file}: rejected: no such {what}");
            return null;
        }
        if (SafeFiles.ReadCapped(file, ReadingOptions.Default.MaxFileBytes, out var problem) is not { } bytes)
        {
            console.Error.WriteLine($"{file}: rejected: {problem}");
            return null;
        }
        return new StringReader(System.Text.Encoding.UTF8.GetString(bytes));
    }
}
