using Stemma.Pipeline;
using Stemma.Provenance;
using Stemma.Storage;

namespace Stemma.Provenance;

public class ProvenanceBuilderTests
{
    [Fact]
    public void In_the_samples_the_wire_is_the_origin_of_its_copies_and_the_roundup_draws_on_two_sources()
    {
        var (tree, names) = Analyze(Repository.Samples, "01-wire-northwire");

        Assert.Equal(TreeRole.Origin, tree.RoleOf(names["01-wire-northwire"]));
        Assert.Equal(["01-wire-northwire"], ParentsOf(tree, names, "02-syndicated-valleypost"));
        Assert.Equal(["01-wire-northwire"], ParentsOf(tree, names, "03-retranslation-infohub"));
        Assert.Equal(["01-wire-northwire"], ParentsOf(tree, names, "04-opinion-eastwatch"));
        Assert.Equal(["01-wire-northwire", "05-independent-ledger"], ParentsOf(tree, names, "06-roundup-quicknews"));
        Assert.Empty(ParentsOf(tree, names, "05-independent-ledger"));
        Assert.All(tree.Edges, e => Assert.Contains(e.Reasons, r => r.Contains("published")));
    }

    [SharedDataFact("seeds")]
    public void The_seeds_tree_matches_the_human_reading()
    {
        var (tree, names) = Analyze(SharedData.Seeds!, "000_3be08902d337e920");
        string[] wire = ["000_3be08902d337e920", "001_7a4dfa32b95dec7a"];

        // 000 and 001: two renderings of one wire text, neither derived from the other.
        var siblings = Assert.Single(tree.Edges, e => e.Kind == EdgeKind.Siblings);
        Assert.Equal(wire.Select(n => names[n]).Order(), new[] { siblings.SourceId, siblings.TargetId }.Order());
        Assert.All(wire, n => Assert.Equal(TreeRole.CopyOfMissingOrigin, tree.RoleOf(names[n])));
        // 002 from the wire; 004 from 003 and from the wire; 003 from nothing.
        Assert.Contains(Assert.Single(ParentsOf(tree, names, "002_b1f082104eb44b5d")), wire);
        var parentsOf004 = ParentsOf(tree, names, "004_0bcdc09029e2e207");
        Assert.Equal(2, parentsOf004.Count);
        Assert.Contains("003_aff0aa0c764f18b0", parentsOf004);
        Assert.Contains(parentsOf004.Single(p => p != "003_aff0aa0c764f18b0"), wire);
        Assert.Empty(ParentsOf(tree, names, "003_aff0aa0c764f18b0"));
    }

    private static (FamilyTree Tree, Dictionary<string, long> Names) Analyze(string folder, string member)
    {
        using var temp = new TempFolder();
        using var store = SqliteStore.Open(Path.Combine(temp.Path, "s.db"));
        new IngestPipeline(store).Run([folder]);
        var story = Assert.Single(store.Find(member)).StoryId;
        var tree = new TreePipeline(store).Refresh(story);
        return (tree, store.Members(story).ToDictionary(a => a.Name, a => a.Id));
    }

    private static List<string> ParentsOf(FamilyTree tree, Dictionary<string, long> names, string name)
    {
        var byId = names.ToDictionary(p => p.Value, p => p.Key);
        return [.. tree.Edges.Where(e => e.Kind == EdgeKind.Derived && e.TargetId == names[name]).Select(e => byId[e.SourceId]).Order(StringComparer.Ordinal)];
    }
}
