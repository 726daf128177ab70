using System.Net;
using Microsoft.Data.Sqlite;
using Stemma.Storage;

namespace Stemma.Web.Pages;

public sealed class DamagedStorePageTests
{
    [Fact]
    public async Task Regression_FormatException_a_corrupted_date_and_an_unknown_verdict_still_serve_every_page()
    {
        using var folder = new TempFolder();
        var db = TestStores.Small(folder);
        long story, wire, copy;
        using (var store = SqliteStore.OpenReadOnly(db))
        {
            var summary = store.Stories().Single(s => s.Size == 2);
            story = summary.Id;
            (wire, copy) = (store.Members(story)[0].Id, store.Members(story)[1].Id);
        }
        Damage(db, $"UPDATE stories SET first_published = 'garbage' WHERE id = {story}");
        Damage(db, $"UPDATE articles SET published = 'never' WHERE id = {copy}");
        Damage(db, $"UPDATE edges SET verdict = 'Bogus' WHERE story_id = {story}");
        using var host = new WebHost(db);
        var client = host.CreateClient();

        foreach (var url in new[] { "/stories", $"/story/{story}", $"/article/{copy}", $"/pair/{wire}/{copy}", $"/api/story/{story}" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        }
        Assert.Contains("Kelmora", await client.GetStringAsync("/stories"));
    }

    private static void Damage(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, command.ExecuteNonQuery());
    }
}
