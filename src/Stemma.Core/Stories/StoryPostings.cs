namespace Stemma.Stories;

/// <summary>
/// For each term id, the stories that hold it, in the order they took it up. Only each list's most recent
/// <c>scanned</c> stories are ever looked at, so older entries are dropped as a list grows (memory stays
/// bounded by what lookups can reach), and entries of evicted stories are swept out now and then.
/// </summary>
internal sealed class StoryPostings(int scanned)
{
    private List<long>?[] _lists = new List<long>?[1024];

    public void Add(int term, long story)
    {
        if (term >= _lists.Length)
        {
            Array.Resize(ref _lists, Math.Max(term + 1, _lists.Length * 2));
        }
        var list = _lists[term] ??= [];
        list.Add(story);
        if (list.Count >= 2 * scanned)
        {
            list.RemoveRange(0, list.Count - scanned);
        }
    }

    /// <summary>The most recent stories that took up <paramref name="term"/>, newest first.</summary>
    public IEnumerable<long> Recent(int term)
    {
        if (term < 0 || term >= _lists.Length || _lists[term] is not { } list)
        {
            yield break;
        }
        for (var i = list.Count - 1; i >= Math.Max(0, list.Count - scanned); i--)
        {
            yield return list[i];
        }
    }

    /// <summary>Removes entries of stories that are gone, and lists left empty.</summary>
    public void Prune(Func<long, bool> isKept)
    {
        for (var term = 0; term < _lists.Length; term++)
        {
            if (_lists[term] is not { } list)
            {
                continue;
            }
            list.RemoveAll(story => !isKept(story));
            if (list.Count == 0)
            {
                _lists[term] = null;
            }
            else if (list.Capacity > 2 * list.Count + 4)
            {
                list.Capacity = list.Count;
            }
        }
    }
}
