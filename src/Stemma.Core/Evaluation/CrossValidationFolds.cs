using Stemma.Sketching;

namespace Stemma.Evaluation;

/// <summary>
/// Deals groups (METER's stories, a web set's sites) into cross-validation folds: ordered by
/// <see cref="StableHash"/> (then by name), then dealt round in turn, so every fold gets a near-equal share
/// of groups, one group's items never train and test at once, and the folds are the same on every run.
/// </summary>
internal static class CrossValidationFolds
{
    /// <summary>Each distinct group's fold, 0 to <paramref name="folds"/> − 1.</summary>
    public static Dictionary<string, int> Deal(IEnumerable<string> groups, int folds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        return groups.Distinct(StringComparer.Ordinal)
            .OrderBy(g => StableHash.Of(g)).ThenBy(g => g, StringComparer.Ordinal)
            .Select((group, n) => (group, n))
            .ToDictionary(p => p.group, p => p.n % folds, StringComparer.Ordinal);
    }
}
