using Stemma.Judgement;
using Stemma.Storage;

namespace Stemma.Provenance;

public class FamilyTreeTests
{
    private static EdgeRecord Siblings(long a, long b) => new(a, b, EdgeKind.Siblings, Verdict.Wholly, 0.9, ["each holds most of the other"]);

    [Fact]
    public void SiblingGroups_EdgesSharingAnArticle_AreTheCopiesOfOneMissingOrigin()
    {
        var edges = new[]
        {
            Siblings(1, 2),
            new EdgeRecord(2, 5, EdgeKind.Derived, Verdict.Partially, 0.5, ["published later"]),
            Siblings(3, 4),
            Siblings(2, 3),
            Siblings(6, 7),
        };

        var groups = FamilyTree.SiblingGroups(edges);

        Assert.Equal(2, groups.Count);
        Assert.Equal([1L, 2L, 3L, 4L], groups[0].Order());
        Assert.Equal([6L, 7L], groups[1].Order());
    }

    [Fact]
    public void SiblingGroups_NoSiblingEdges_IsEmpty()
    {
        var edges = new[] { new EdgeRecord(1, 2, EdgeKind.Derived, Verdict.Wholly, 0.9, ["published later"]) };

        Assert.Empty(FamilyTree.SiblingGroups(edges));
    }
}
