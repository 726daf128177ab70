namespace Stemma.Alignment;

/// <summary>Numbers the distinct terms of one comparison so that sentences become sorted integer sets.</summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];

    public int Count => _terms.Count;

    public int IdOf(string term)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            id = _terms.Count;
            _ids.Add(term, id);
            _terms.Add(term);
        }
        return id;
    }

    public bool TryGetId(string term, out int id) => _ids.TryGetValue(term, out id);

    public string this[int id] => _terms[id];
}
