using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Stemma.Storage;

/// <summary>
/// Damage tolerance for the row readers: a row whose text cannot be read back (a corrupted date, an unknown
/// verdict, broken JSON, a NULL where text belongs) is skipped, or read with a safe default, and named here by
/// table and row id, so one bad row does not stop a whole command; the commands print these after their output.
/// </summary>
public sealed partial class SqliteStore
{
    private readonly List<string> _problems = [];
    private readonly HashSet<string> _problemsSeen = new(StringComparer.Ordinal);

    /// <summary>The bad rows the readers skipped or defaulted since the store was opened, each once, in the order met.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    private void Problem(string text)
    {
        lock (_problems)
        {
            if (_problemsSeen.Add(text))
            {
                _problems.Add(text);
            }
        }
    }

    /// <summary>Reads every row with <paramref name="read"/>; a row that fails with a bad-value exception is skipped and named.</summary>
    private void ReadRows(SqliteCommand command, string table, Func<SqliteDataReader, string> rowOf, Action<SqliteDataReader> read)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            try
            {
                read(reader);
            }
            catch (Exception error) when (IsBadValue(error))
            {
                Problem($"{table} {rowOf(reader)}: skipped, unreadable ({FirstLine(error.Message)})");
            }
        }
    }

    /// <summary>A stored date, or null (undated) with a problem named when its text is not a date.</summary>
    private DateTimeOffset? TimeOrUndated(SqliteDataReader reader, int column, string table, long id)
    {
        if (reader.IsDBNull(column))
        {
            return null;
        }
        var text = Convert.ToString(reader.GetValue(column), CultureInfo.InvariantCulture);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }
        Problem($"{table} {id}: {reader.GetName(column)} '{text}' is not a date; read as undated");
        return null;
    }

    /// <summary>An enum stored by name; a name this build does not know is a bad value, not a number parsed through.</summary>
    private static T Known<T>(SqliteDataReader reader, int column)
        where T : struct, Enum
    {
        var text = reader.GetString(column);
        return Enum.TryParse<T>(text, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text.TrimStart('-')[0])
            ? value
            : throw new FormatException($"unknown {reader.GetName(column)} '{text}'");
    }

    /// <summary>An edge or alignment row named by its pair: the first two columns, source then target.</summary>
    private static string PairOf(SqliteDataReader reader) =>
        string.Create(CultureInfo.InvariantCulture, $"{reader.GetValue(0)} → {reader.GetValue(1)}");

    private static bool IsBadValue(Exception error) =>
        error is FormatException or InvalidCastException or ArgumentException or JsonException or OverflowException
            or InvalidDataException or InvalidOperationException;

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
