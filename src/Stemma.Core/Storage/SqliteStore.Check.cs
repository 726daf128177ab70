using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Stemma.Judgement;
using Stemma.Provenance;

namespace Stemma.Storage;

public sealed partial class SqliteStore
{
    /// <summary>
    /// What is damaged in the store, one line each (empty when nothing is): SQLite's own integrity check
    /// (pages, indexes), then Stemma's (each article's stored fields readable and consistent, every story,
    /// alignment and edge pointing at rows that exist, every stored verdict and passage list readable).
    /// Reads only; the store may be read-only.
    /// </summary>
    public IReadOnlyList<string> Check(int maxProblems = 200)
    {
        var problems = new List<string>();
        void Add(string problem)
        {
            if (problems.Count < maxProblems)
            {
                problems.Add(problem);
            }
        }

        // 1. SQLite: page and index structure.
        Rows("PRAGMA integrity_check", r => r.GetString(0) is var line && line != "ok" ? $"sqlite: {line}" : null, Add);

        // 2. Articles: fields readable, body start inside the text, format known, story present.
        Rows("SELECT id, name, typeof(original), length(original), body_start, format, published, story_id, (SELECT count(*) FROM stories s WHERE s.id = a.story_id) FROM articles a", r =>
        {
            var id = r.GetInt64(0);
            var where = $"article #{id}";
            if (r.GetString(2) != "text")
            {
                return $"{where}: its original text is missing or not text";
            }
            if (r.IsDBNull(4) || r.GetInt64(4) < 0 || r.GetInt64(4) > r.GetInt64(3))
            {
                return $"{where}: body start {(r.IsDBNull(4) ? "missing" : r.GetInt64(4).ToString(CultureInfo.InvariantCulture))} lies outside its {r.GetInt64(3):N0} characters";
            }
            if (r.IsDBNull(5) || !Enum.IsDefined(typeof(Reading.DocumentFormat), (int)r.GetInt64(5)))
            {
                return $"{where}: unknown format {(r.IsDBNull(5) ? "(none)" : r.GetValue(5))}";
            }
            if (!r.IsDBNull(6) && !DateTimeOffset.TryParse(Convert.ToString(r.GetValue(6), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            {
                return $"{where}: publication time '{r.GetValue(6)}' unreadable";
            }
            return r.IsDBNull(7) || r.GetInt64(8) == 0 ? $"{where}: its story {(r.IsDBNull(7) ? "(none)" : r.GetValue(7))} does not exist" : null;
        }, Add);

        // 3. Stories without articles, alignments and edges pointing nowhere or unreadable.
        Rows("SELECT id FROM stories s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)", r => $"story {r.GetInt64(0)}: holds no article", Add);
        Rows("SELECT story_id, target_id, source_id, verdict, passages, (SELECT count(*) FROM articles WHERE id = target_id) + (SELECT count(*) FROM articles WHERE id = source_id) FROM alignments", r =>
        {
            var where = $"alignment {r.GetValue(1)} <- {r.GetValue(2)} (story {r.GetValue(0)})";
            return r.GetInt64(5) < 2 ? $"{where}: points at a missing article"
                : !Enum.TryParse<Verdict>(Convert.ToString(r.GetValue(3), CultureInfo.InvariantCulture), out _) ? $"{where}: unknown verdict '{r.GetValue(3)}'"
                : !IsJson<List<StoredPassage>>(r.GetValue(4)) ? $"{where}: its passages are unreadable" : null;
        }, Add);
        Rows("SELECT story_id, source_id, target_id, kind, verdict, reasons, (SELECT count(*) FROM articles WHERE id = source_id) + (SELECT count(*) FROM articles WHERE id = target_id) FROM edges", r =>
        {
            var where = $"edge {r.GetValue(1)} -> {r.GetValue(2)} (story {r.GetValue(0)})";
            return r.GetInt64(6) < 2 ? $"{where}: points at a missing article"
                : !Enum.TryParse<EdgeKind>(Convert.ToString(r.GetValue(3), CultureInfo.InvariantCulture), out _) ? $"{where}: unknown kind '{r.GetValue(3)}'"
                : !Enum.TryParse<Verdict>(Convert.ToString(r.GetValue(4), CultureInfo.InvariantCulture), out _) ? $"{where}: unknown verdict '{r.GetValue(4)}'"
                : !IsJson<List<string>>(r.GetValue(5)) ? $"{where}: its reasons are unreadable" : null;
        }, Add);
        return problems;
    }

    /// <summary>Runs a query and reports each row's problem; a query SQLite cannot finish (a damaged page) is itself reported.</summary>
    private void Rows(string sql, Func<SqliteDataReader, string?> problemOf, Action<string> add)
    {
        try
        {
            using var command = Command(sql, null);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                string? problem;
                try
                {
                    problem = problemOf(reader);
                }
                catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException or SqliteException)
                {
                    problem = $"a row of '{sql[..Math.Min(40, sql.Length)]}…' is unreadable ({e.Message})";
                }
                if (problem is not null)
                {
                    add(problem);
                }
            }
        }
        catch (SqliteException e)
        {
            add($"sqlite: '{sql[..Math.Min(40, sql.Length)]}…' failed: {e.Message}");
        }
    }

    private static bool IsJson<T>(object value)
    {
        try
        {
            return value is string text && JsonSerializer.Deserialize<T>(text, Json) is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
