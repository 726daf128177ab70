using System.Text;
using Microsoft.Data.Sqlite;
using Stemma.Stories;

namespace Stemma.Storage;

/// <summary>
/// What a check of an outside text reads to find the stories most like it, without loading the store: the
/// document frequencies of the terms it needs, stories whose articles share its words (the full-text index),
/// and the story profiles of those stories' members. Read-only, so a server's read-only store answers it.
/// </summary>
public sealed partial class SqliteStore
{
    /// <summary>The articles stored, and the document frequency of each of <paramref name="terms"/> that any holds.</summary>
    public (int Documents, List<(ulong Key, int Count)> Counts) TermFrequenciesOf(IEnumerable<ulong> terms)
    {
        var documents = (int)(long)Scalar("SELECT count(*) FROM articles")!;
        var counts = new List<(ulong, int)>();
        using var command = Command("SELECT documents FROM term_frequencies WHERE term = $t AND documents > 0");
        var term = command.Parameters.Add("$t", SqliteType.Integer);
        foreach (var key in terms.Distinct())
        {
            term.Value = unchecked((long)key);
            if (command.ExecuteScalar() is long count)
            {
                counts.Add((key, (int)count));
            }
        }
        return (documents, counts);
    }

    /// <summary>
    /// The stories of the articles that best match any of <paramref name="words"/> in the full-text index
    /// (titles weigh ten times the text), each once, best first, at most <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<long> StoriesMatchingAny(IReadOnlyList<string> words, int limit)
    {
        var match = new StringBuilder();
        foreach (var word in words)
        {
            match.Append(match.Length == 0 ? "" : " OR ").Append('"').Append(word.Replace("\"", "\"\"")).Append('"');
        }
        if (match.Length == 0)
        {
            return [];
        }
        using var command = Command(
            """
            SELECT a.story_id FROM articles_search JOIN articles a ON a.id = articles_search.rowid
            WHERE articles_search MATCH $q ORDER BY bm25(articles_search, 10.0, 1.0), a.id LIMIT $n
            """, null, ("$q", match.ToString()), ("$n", limit * 10));
        var stories = new List<long>();
        ReadRows(command, "articles", r => "of a search", reader =>
        {
            var story = reader.GetInt64(0);
            if (stories.Count < limit && !stories.Contains(story))
            {
                stories.Add(story);
            }
        });
        return stories;
    }

    /// <summary>
    /// The story profiles of a story's most recent <paramref name="limit"/> members; a member whose profile or
    /// date cannot be read is left out (or read as undated) and named in <see cref="Problems"/>.
    /// </summary>
    public IReadOnlyList<StoryFeatures> MemberProfiles(long storyId, int limit)
    {
        using var command = Command("SELECT id, features, published FROM articles WHERE story_id = $s ORDER BY id DESC LIMIT $n", null, ("$s", storyId), ("$n", limit));
        var profiles = new List<StoryFeatures>();
        ReadRows(command, "articles", r => $"{r.GetValue(0)} (story profile)", reader =>
            profiles.Add(new StoryFeatures(FeatureBlob.Read((byte[])reader[1]), TimeOrUndated(reader, 2, "articles", reader.GetInt64(0)))));
        profiles.Reverse();
        return profiles;
    }
}
