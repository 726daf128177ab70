using System.Runtime.InteropServices;

namespace Stemma.Stories;

/// <summary>
/// For each term id, the stories that hold it, in the order they took it up. Only each list's most recent
/// <c>scanned</c> stories are ever looked at, so older entries are dropped as a list grows (memory stays
/// bounded by what lookups can reach), and lists left holding only evicted stories are freed now and then.
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

    /// <summary>The most recent stories that took up <paramref name="term"/> (oldest of them first), at most the scanned number.</summary>
    public ReadOnlySpan<long> Recent(int term)
    {
        if (term < 0 || term >= _lists.Length || _lists[term] is not { } list)
        {
            return [];
        }
        var all = CollectionsMarshal.AsSpan(list);
        return all[Math.Max(0, all.Length - scanned)..];
    }

    /// <summary>
    /// Frees the lists whose stories are all gone. A list with a live story keeps its dead entries (at most
    /// twice the scanned length), so the stories a lookup reaches do not depend on when stories were forgotten.
    /// </summary>
    public void Prune(Func<long, bool> isKept)
    {
        for (var term = 0; term < _lists.Length; term++)
        {
            if (_lists[term] is { } list && !list.Exists(story => isKept(story)))
            {
                _lists[term] = null;
            }
        }
    }
}
