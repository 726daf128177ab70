using Stemma.Pipeline;
using Stemma.Storage;

namespace Stemma.Web;

/// <summary>Stores the web tests read: a small written one (with a hostile article), and the seeds' when ../shared is there.</summary>
internal static class TestStores
{
    /// <summary>The hostile markup an article of the small store holds in its text.</summary>
    public const string Script = "<script>document.title='pwned'</script>";

    public const string Image = "<img src=x onerror=\"document.title='pwned'\">";

    private const string Wire =
        "Title: Flood waters rise in Kelmora valley\nSource: Northwire\nPublished: 2024-03-02T08:00:00Z\n\n" +
        "Flood waters rose overnight in the Kelmora valley, forcing nearly 3,000 residents from their homes, the regional governor said on Saturday.\n\n" +
        "\"The river has never climbed this fast,\" said governor Anja Pellworth, who ordered the evacuation of six villages along its banks.\n\n" +
        "Rescue crews used boats to reach families stranded on rooftops near the old mill, and the army sent two helicopters to the area.\n\n" +
        "Forecasters expect more rain until Tuesday, and engineers are checking the Kelmora dam for cracks after the water reached its crest.\n";

    private const string Copy =
        "Title: Kelmora valley floods force thousands out\nSource: Valley Post\nPublished: 2024-03-02T10:30:00Z\n\n" +
        "Flood waters rose overnight in the Kelmora valley, forcing nearly 3,000 residents from their homes, the regional governor said on Saturday.\n\n" +
        "\"The river has never climbed this fast,\" said governor Anja Pellworth, who ordered the evacuation of six villages along its banks.\n\n" +
        Script + " " + Image + "\n\n" +
        "Rescue crews used boats to reach families stranded on rooftops near the old mill, and the army sent two helicopters to the area.\n\n" +
        "Forecasters expect more rain until Tuesday, and engineers are checking the Kelmora dam for cracks after the water reached its crest.\n";

    private const string Other =
        "Title: Orchestra opens its winter season with a new symphony\nSource: Culture Desk\nPublished: 2023-11-20T19:00:00Z\n\n" +
        "The city orchestra opened its winter season with the premiere of a symphony by the young composer Teodor Valek.\n\n" +
        "Critics praised the brass section and the conductor's slow tempo in the second movement, which drew a long ovation.\n";

    /// <summary>Writes three articles (a wire story, a copy of it holding hostile markup, an unrelated one) and ingests them; trees drawn unless <paramref name="drawTrees"/> is false.</summary>
    public static string Small(TempFolder folder, bool drawTrees = true)
    {
        folder.Write("input/wire.txt", Wire);
        folder.Write("input/copy.txt", Copy);
        folder.Write("input/other.txt", Other);
        var db = Path.Combine(folder.Path, "web.db");
        using var store = SqliteStore.Open(db);
        new IngestPipeline(store).Run([Path.Combine(folder.Path, "input")]);
        if (drawTrees)
        {
            new TreePipeline(store).RefreshStale();
        }
        return db;
    }

    /// <summary>The text of the copy (to check against the store).</summary>
    public static string CopyText => Copy;

    /// <summary>The seeds analysed into a store, or null when ../shared/seeds is absent.</summary>
    public static string? Seeds(TempFolder folder)
    {
        if (SharedData.Seeds is not { } seeds)
        {
            return null;
        }
        var db = Path.Combine(folder.Path, "seeds.db");
        using var store = SqliteStore.Open(db);
        new IngestPipeline(store).Run([seeds]);
        new TreePipeline(store).RefreshStale();
        return db;
    }
}
