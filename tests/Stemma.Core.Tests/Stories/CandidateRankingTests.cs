namespace Stemma.Stories;

public class CandidateRankingTests
{
    [Theory]
    [InlineData(1L)]
    [InlineData(1L << 50)]
    public void Best_gives_the_stories_a_full_sort_by_count_then_newest_would_in_its_order(long firstId)
    {
        var random = new Random(15);
        var ranking = new CandidateRanking();
        var counts = new Dictionary<long, int>();
        for (var term = 0; term < 24; term++)
        {
            var stories = Enumerable.Range(0, 300).Select(_ => firstId + random.Next(2000)).Distinct().ToArray();
            ranking.Count(stories);
            foreach (var story in stories)
            {
                counts[story] = counts.GetValueOrDefault(story) + 1;
            }
        }
        var ranked = new List<long>();

        ranking.Best(40, ranked);

        var expected = counts.OrderByDescending(c => c.Value).ThenByDescending(c => c.Key).Take(40).Select(c => c.Key);
        Assert.Equal(expected, ranked);
    }

    [Fact]
    public void Best_after_Clear_counts_only_the_new_article()
    {
        var ranking = new CandidateRanking();
        ranking.Count([7, 8, 9]);
        ranking.Clear();
        ranking.Count([3, 2]);
        ranking.Count([2]);
        var ranked = new List<long>();

        ranking.Best(40, ranked);

        Assert.Equal([2L, 3L], ranked);
    }
}
