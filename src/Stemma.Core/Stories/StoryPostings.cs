using System.Runtime.CompilerServices;

namespace Stemma.Stories;

/// <summary>
/// For each term id, the stories that hold it, in the order they took it up. Only each list's most recent
/// <c>scanned</c> stories are ever looked at, so older entries are dropped as a list grows (memory stays
/// bounded by what lookups can reach), and lists left holding only evicted stories are freed now and then.
/// A list is a bare array and count (not a <see cref="List{T}"/>), one pointer fewer to follow for each of
/// the many lists an article touches.
/// </summary>
internal sealed class StoryPostings(int scanned)
{
    private Posting[] _lists = new Posting[1024];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int term, long story)
    {
        if (term >= _lists.Length)
        {
            Array.Resize(ref _lists, Math.Max(term + 1, _lists.Length * 2));
        }
        ref var list = ref _lists[term];
        if (list.Stories is null)
        {
            list.Stories = new long[4];
        }
        else if (list.Count == list.Stories.Length)
        {
            Array.Resize(ref list.Stories, Math.Min(list.Count * 2, 2 * scanned));
        }
        list.Stories[list.Count++] = story;
        if (list.Count >= 2 * scanned)
        {
            Array.Copy(list.Stories, list.Count - scanned, list.Stories, 0, scanned);
            list.Count = scanned;
        }
    }

    /// <summary>The most recent stories that took up <paramref name="term"/> (oldest of them first), at most the scanned number.</summary>
    public ReadOnlySpan<long> Recent(int term)
    {
        if (term < 0 || term >= _lists.Length || _lists[term].Stories is not { } stories)
        {
            return [];
        }
        var count = _lists[term].Count;
        return stories.AsSpan(Math.Max(0, count - scanned), Math.Min(count, scanned));
    }

    /// <summary>
    /// Frees the lists whose stories are all gone. A list with a live story keeps its dead entries (at most
    /// twice the scanned length), so the stories a lookup reaches do not depend on when stories were forgotten.
    /// </summary>
    public void Prune(Func<long, bool> isKept)
    {
        for (var term = 0; term < _lists.Length; term++)
        {
            if (_lists[term].Stories is { } stories && !Any(stories.AsSpan(0, _lists[term].Count), isKept))
            {
                _lists[term] = default;
            }
        }
    }

    private static bool Any(ReadOnlySpan<long> stories, Func<long, bool> isKept)
    {
        foreach (var story in stories)
        {
            if (isKept(story))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>One term's stories, oldest first: the first <see cref="Count"/> of <see cref="Stories"/>.</summary>
    private struct Posting
    {
        public long[]? Stories;
        public int Count;
    }
}
