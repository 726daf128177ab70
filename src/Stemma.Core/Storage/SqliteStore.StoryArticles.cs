namespace Stemma.Storage;

public sealed partial class SqliteStore
{
    /// <summary>
    /// Every story's articles (store number and id), in the story's order (earliest first), in one query:
    /// what a researcher exporting clusters needs without one <see cref="Members"/> call per story.
    /// </summary>
    public IReadOnlyDictionary<long, List<(long Id, string Name)>> StoryArticles()
    {
        var byStory = new Dictionary<long, List<(long Id, string Name)>>();
        using var command = Command("SELECT story_id, id, name FROM articles WHERE story_id IS NOT NULL ORDER BY story_id, published IS NULL, published, id", null);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (reader.IsDBNull(0) || reader.IsDBNull(1))
            {
                continue;
            }
            var story = reader.GetInt64(0);
            if (!byStory.TryGetValue(story, out var list))
            {
                byStory[story] = list = [];
            }
            list.Add((reader.GetInt64(1), reader.IsDBNull(2) ? "" : Convert.ToString(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture) ?? ""));
        }
        return byStory;
    }
}
