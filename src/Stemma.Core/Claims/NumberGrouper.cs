namespace Stemma.Claims;

/// <summary>
/// Groups a story's figures by what they count. Counts of people by what happened to them ("deaths",
/// "injured") form one group per measure and era, and disagree when the largest is at least
/// <see cref="ClaimsOptions.NumberSpread"/> times the smallest; a group also notes who alone narrows the
/// counted people ("only 004 counts them as civilians"). Other figures (distances, magnitudes, sums) group
/// by measure and value: the same figure in several articles, or a figure only one article gives.
/// </summary>
internal static class NumberGrouper
{
    /// <summary>Nouns that say nothing about who was counted.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "dead", "deaths", "casualties", "wounded", "injured", "victims",
    };

    public static List<NumberGroup> Group(IReadOnlyList<ReadNumber> numbers, ClaimsOptions options)
    {
        var groups = new List<NumberGroup>();
        foreach (var group in numbers.GroupBy(n => (n.Measure, n.IsCount, n.Era, Value: n.IsCount ? 0 : n.Claim.Value)))
        {
            var claims = group.Select(n => n.Claim).ToList();
            var notes = new List<string>();
            var disagree = false;
            if (group.Key.IsCount)
            {
                var min = claims.Min(c => c.Value);
                var max = claims.Max(c => c.Value);
                disagree = min > 0 && max / min >= options.NumberSpread;
                if (disagree)
                {
                    notes.Add($"figures range from {NumberClaim.Format(min)} ({Articles(claims, min)}) to {NumberClaim.Format(max)} ({Articles(claims, max)})");
                }
                notes.AddRange(LoneKinds(claims));
            }
            groups.Add(new NumberGroup(group.Key.Measure, group.Key.Era, claims, disagree, notes));
        }
        return [.. groups
            .OrderByDescending(g => g.Disagree)
            .ThenBy(g => g.Lone)
            .ThenByDescending(g => g.Claims.Select(c => c.Article.Id).Distinct().Count())
            .ThenBy(g => g.Era is not null)];
    }

    private static string Articles(List<NumberClaim> claims, double value) =>
        string.Join(", ", claims.Where(c => c.Value == value).Select(c => c.Article.Name).Distinct());

    /// <summary>"only 004 counts them as civilians": a kind of people that one article alone gives, where others count too.</summary>
    private static IEnumerable<string> LoneKinds(List<NumberClaim> claims)
    {
        if (claims.Select(c => c.Article.Id).Distinct().Count() < 2)
        {
            yield break;
        }
        var kinds = claims
            .Where(c => c.Counted is { } noun && NumberReader.IsKind(noun) && !Generic.Contains(noun))
            .GroupBy(c => c.Counted!.ToLowerInvariant());
        foreach (var kind in kinds)
        {
            var articles = kind.Select(c => c.Article.Name).Distinct().ToList();
            if (articles.Count == 1)
            {
                var qualifiers = kind.SelectMany(c => c.Qualifiers).Distinct().ToList();
                var described = qualifiers.Count > 0 ? $"{string.Join(' ', qualifiers)} {kind.Key}" : kind.Key;
                yield return $"only {articles[0]} counts them as {described}";
            }
        }
    }
}
