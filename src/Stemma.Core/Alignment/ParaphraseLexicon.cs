using System.Globalization;
using System.Text;
using Stemma.Text;

namespace Stemma.Alignment;

/// <summary>
/// Word pairs that stand for each other in rewritten news (render/provide, calculate/measure), kept as
/// pairs of Porter2 stems with a strength 0..1. A small built-in list is written for this project;
/// the lexicon learner adds pairs learned from confidently aligned sentences, and a lexicon can
/// be saved to and loaded from a tab-separated file (<c>stem1 TAB stem2 TAB strength TAB evidence</c>).
/// </summary>
public sealed class ParaphraseLexicon
{
    private readonly Dictionary<string, Dictionary<string, double>> _pairs = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), int> _evidence = [];

    /// <summary>The built-in pairs only.</summary>
    public static ParaphraseLexicon BuiltIn { get; } = CreateBuiltIn();

    public static ParaphraseLexicon Empty => new();

    public int Count => _evidence.Count;

    /// <summary>How strongly <paramref name="a"/> can stand for <paramref name="b"/> (0 when unrelated).</summary>
    public double Strength(string a, string b) =>
        _pairs.TryGetValue(a, out var partners) && partners.TryGetValue(b, out var strength) ? strength : 0;

    /// <summary>The stems that can stand for <paramref name="stem"/>.</summary>
    public IEnumerable<KeyValuePair<string, double>> PartnersOf(string stem) =>
        _pairs.TryGetValue(stem, out var partners) ? partners : [];

    /// <summary>All pairs, each once, with their strength and how many aligned sentence pairs attested them.</summary>
    public IEnumerable<(string A, string B, double Strength, int Evidence)> Pairs =>
        _evidence.Select(e => (e.Key.Item1, e.Key.Item2, Strength(e.Key.Item1, e.Key.Item2), e.Value)).OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal);

    /// <summary>Adds (or strengthens) a symmetric pair of stems.</summary>
    public void Add(string a, string b, double strength, int evidence = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(strength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(strength, 1.0);
        if (a == b)
        {
            return;
        }
        var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        _evidence[key] = _evidence.GetValueOrDefault(key) + evidence;
        Set(a, b, strength);
        Set(b, a, strength);
    }

    /// <summary>A new lexicon with this one's pairs and <paramref name="other"/>'s (the stronger wins).</summary>
    public ParaphraseLexicon Merge(ParaphraseLexicon other)
    {
        var merged = new ParaphraseLexicon();
        foreach (var source in new[] { this, other })
        {
            foreach (var (a, b, strength, evidence) in source.Pairs)
            {
                merged.Add(a, b, Math.Max(strength, merged.Strength(a, b)), evidence);
            }
        }
        return merged;
    }

    public void Save(TextWriter writer)
    {
        writer.WriteLine("# stemma paraphrase lexicon: stem1, stem2, strength 0..1, aligned pairs that attest it");
        foreach (var (a, b, strength, evidence) in Pairs)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{a}\t{b}\t{strength:0.###}\t{evidence}"));
        }
    }

    /// <summary>Reads a lexicon file; a malformed line is reported with its number and nothing is returned.</summary>
    public static ParaphraseLexicon Load(TextReader reader, string name)
    {
        var lexicon = new ParaphraseLexicon();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length < 3 || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var strength) || strength <= 0 || strength > 1)
            {
                throw new FormatException($"{name}:{number}: expected 'stem TAB stem TAB strength (0..1]' but found '{line}'");
            }
            var evidence = fields.Length > 3 && int.TryParse(fields[3], CultureInfo.InvariantCulture, out var e) ? e : 0;
            lexicon.Add(fields[0], fields[1], strength, evidence);
        }
        return lexicon;
    }

    private void Set(string a, string b, double strength)
    {
        if (!_pairs.TryGetValue(a, out var partners))
        {
            _pairs[a] = partners = new Dictionary<string, double>(StringComparer.Ordinal);
        }
        partners[b] = strength;
    }

    private static ParaphraseLexicon CreateBuiltIn()
    {
        // Groups of words that news rewrites swap for one another; every pair inside a group is added.
        string[][] groups =
        [
            ["render", "provide", "give", "offer", "grant"], ["help", "assistance", "aid", "support"],
            ["calculate", "measure", "estimate", "count"], ["kill", "dead", "death", "die", "toll", "fatalities"],
            ["wound", "injure", "hurt"], ["begin", "start", "launch", "open"], ["end", "finish", "conclude", "close"],
            ["big", "large", "major", "huge", "massive"], ["small", "minor", "little"], ["fight", "clash", "battle", "combat", "fighting"],
            ["talk", "negotiation", "discussion"], ["attack", "strike", "assault"], ["say", "state", "declare", "announce"],
            ["warn", "caution"], ["accuse", "blame"], ["agree", "accept"], ["refuse", "reject", "decline"], ["buy", "purchase", "acquire"],
            ["sell", "sale"], ["rise", "increase", "grow", "climb"], ["fall", "drop", "decrease", "decline"], ["show", "reveal", "indicate"],
            ["try", "attempt"], ["need", "require"], ["allow", "permit", "let"], ["stop", "halt", "cease"], ["car", "vehicle"],
            ["home", "house"], ["child", "kid"], ["job", "post"], ["court", "tribunal"], ["jail", "prison"], ["quake", "earthquake"],
            ["mark", "make", "lead", "represent"], ["transfer", "take", "move", "spread"], ["ally", "partner"], ["pact", "treaty", "agreement", "accord"],
            ["border", "frontier"], ["troop", "soldier", "force"], ["civilian", "people"], ["target", "aim"], ["meet", "meeting"],
        ];
        var lexicon = new ParaphraseLexicon();
        foreach (var group in groups)
        {
            var stems = group.Select(w => Porter2Stemmer.Stem(w)).Distinct().ToArray();
            for (var i = 0; i < stems.Length; i++)
            {
                for (var j = i + 1; j < stems.Length; j++)
                {
                    lexicon.Add(stems[i], stems[j], 0.7);
                }
            }
        }
        return lexicon;
    }

    /// <summary>A one-line description for logs.</summary>
    public override string ToString() => new StringBuilder().Append(Count).Append(" word pairs").ToString();
}
