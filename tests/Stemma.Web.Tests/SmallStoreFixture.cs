using Stemma.Reports;
using Stemma.Storage;

namespace Stemma.Web;

/// <summary>One small store and one in-memory server over it, shared by a test class.</summary>
public sealed class SmallStoreFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public SmallStoreFixture()
    {
        Db = TestStores.Small(_folder);
        Host = new WebHost(Db);
        Client = Host.CreateClient();
        using var store = SqliteStore.OpenReadOnly(Db);
        var stories = store.Stories();
        Flood = stories.Single(s => s.Size == 2).Id;
        Orchestra = stories.Single(s => s.Size == 1).Id;
        var flood = StoryReader.Load(store, Flood)!;
        Wire = flood.Members.Single(m => m.Name == "wire").Id;
        Copy = flood.Members.Single(m => m.Name == "copy").Id;
        OtherArticle = store.Members(Orchestra).Single().Id;
    }

    public string Db { get; }

    internal WebHost Host { get; }

    public HttpClient Client { get; }

    /// <summary>The flood story: the wire and its copy (which holds hostile markup).</summary>
    public long Flood { get; }

    public long Orchestra { get; }

    public long Wire { get; }

    public long Copy { get; }

    public long OtherArticle { get; }

    public void Dispose()
    {
        Client.Dispose();
        Host.Dispose();
        _folder.Dispose();
    }
}
