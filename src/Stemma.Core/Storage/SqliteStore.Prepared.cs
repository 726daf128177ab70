using Microsoft.Data.Sqlite;

namespace Stemma.Storage;

/// <summary>
/// Statements that ingest runs for every article (insert the article, its sentences, widen its story, count its
/// terms), compiled once per store and kept: compiling an SQL text again for each of a million articles costs
/// more than running it.
/// </summary>
public sealed partial class SqliteStore
{
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    /// <summary>The kept command for <paramref name="sql"/>, in <paramref name="transaction"/>, with these parameters.</summary>
    private SqliteCommand Prepared(string sql, SqliteTransaction transaction, params (string Name, object? Value)[] parameters)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _prepared[sql] = command;
        }
        command.Transaction = transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    private void DisposePrepared()
    {
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }
        _prepared.Clear();
    }
}
