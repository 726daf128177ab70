using Stemma.Text;

namespace Stemma.Claims;

/// <summary>A figure of one article with the key it is grouped by.</summary>
/// <param name="Claim">The figure as the report shows it.</param>
/// <param name="Measure">What it counts: "deaths", "injured"… for people counted by what happened to them; else a unit or noun.</param>
/// <param name="IsCount">Whether the measure counts people by what happened to them (figures of one such measure are compared).</param>
/// <param name="Era">The past year or decade of the figure's sentence, or null.</param>
internal sealed record ReadNumber(NumberClaim Claim, string Measure, bool IsCount, string? Era);

/// <summary>
/// Reads the figures of an article with what they count: the comparator before the figure ("more than",
/// "approaching"), the noun after it with the words between ("5,000 innocent civilians"), the measure from
/// the nearest cue word ("killing at least 214", "1,250 dead", "1,200 people … reported dead", "death toll
/// approaching 5,000"), the source (<see cref="AttributionRules"/>), and the era: a past year or decade in the
/// sentence ("a 1990s war that left 30,000 dead"; not one after "since", and "back then" looks at the
/// sentence before). Years, times, ordinals, durations and small numbers written as words are not figures.
/// </summary>
internal static class NumberReader
{
    private static readonly (string Stem, string Measure)[] Cues =
    [
        ("dead", "deaths"), ("death", "deaths"), ("die", "deaths"), ("kill", "deaths"), ("toll", "deaths"),
        ("casualti", "deaths"), ("fatal", "deaths"), ("bodi", "deaths"), ("live", "deaths"),
        ("injur", "injured"), ("wound", "injured"), ("hurt", "injured"),
        ("miss", "missing"), ("displac", "displaced"), ("evacu", "evacuated"), ("homeless", "displaced"),
        ("refuge", "displaced"), ("arrest", "arrested"), ("detain", "arrested"),
    ];

    /// <summary>Nouns that say who is counted, so that a reader can see when one article narrows "people" to "civilians".</summary>
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "people", "persons", "civilians", "fighters", "soldiers", "troops", "servicemen", "children", "women", "men",
        "residents", "migrants", "refugees", "combatants", "militants", "police", "officers", "rescuers", "workers",
        "students", "patients", "victims", "dead", "wounded", "injured", "deaths", "casualties",
    };

    /// <summary>Whether a noun says who is counted ("civilians", "fighters", "people").</summary>
    public static bool IsKind(string noun) => Kinds.Contains(noun.ToLowerInvariant());

    private static readonly string[][] Comparators =
    [
        ["more", "than"], ["over"], ["at", "least"], ["about"], ["around"], ["approaching"], ["nearly"], ["almost"],
        ["up", "to"], ["fewer", "than"], ["less", "than"], ["some"], ["roughly"], ["approximately"], ["an", "estimated"],
        ["close", "to"], ["exactly"], ["at", "most"], ["under"], ["as", "many", "as"], ["upwards", "of"], ["well", "over"],
        ["just", "over"], ["just", "under"], ["estimated"], ["only"],
    ];

    private static readonly HashSet<string> Durations = new(StringComparer.Ordinal)
    {
        "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "minutes", "minute", "seconds", "decades", "times",
    };

    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "ever", "now", "already", "again", "still", "more", "each", "alone", "later", "earlier", "ago", "apiece", "instead",
    };

    private static readonly HashSet<string> MeasureNames = new(StringComparer.Ordinal) { "magnitude", "temperature", "rate", "level", "population" };

    private static readonly Dictionary<string, string> UnitNames = new(StringComparer.Ordinal)
    {
        ["kilometres"] = "km", ["kilometers"] = "km", ["kilometre"] = "km", ["kilometer"] = "km", ["sq"] = "sq km",
        ["metres"] = "m", ["meters"] = "m", ["metre"] = "m", ["meter"] = "m", ["percent"] = "%", ["miles"] = "mi",
        ["mile"] = "mi", ["tonnes"] = "t", ["tons"] = "t", ["tonne"] = "t", ["ton"] = "t", ["kilograms"] = "kg",
        ["euro"] = "euros", ["dollar"] = "dollars",
    };

    public static List<ReadNumber> Read(ClaimText article, int publishedYear)
    {
        var numbers = new List<ReadNumber>();
        string? previousEra = null;
        for (var s = 0; s < article.Sentences.Count; s++)
        {
            var sentence = article.Sentences[s];
            var era = EraOf(article, sentence, publishedYear, previousEra);
            foreach (var mention in sentence.Numbers)
            {
                if (Read(article, s, mention, era) is { } number)
                {
                    numbers.Add(number);
                }
            }
            previousEra = era;
        }
        return numbers;
    }

    private static ReadNumber? Read(ClaimText article, int s, NumberMention mention, string? era)
    {
        var sentence = article.Sentences[s];
        var terms = sentence.Terms;
        var first = IndexOf(terms, mention.Start);
        var last = IndexOf(terms, mention.Start + mention.Length - 1);
        if (first < 0 || last < 0 || !IsFigure(article.Text, terms, first, last, mention))
        {
            return null;
        }

        // 1. What is counted: the nouns after the figure ("5,000 innocent civilians", "380 of the injured").
        var after = last + 1;
        var partitive = after + 1 < terms.Count && terms[after].Folded == "of" && terms[after + 1].Folded == "the";
        if (partitive)
        {
            after += 2;
        }
        var nouns = new List<int>();
        for (var k = after; k < terms.Count && nouns.Count < 3 && terms[k].Token.Kind == TokenKind.Word && !terms[k].IsStop; k++)
        {
            if (Kinds.Contains(terms[k].Folded))
            {
                nouns.Add(k);
                break;
            }
            if (NotNouns.Contains(terms[k].Folded) || terms[k].Folded.EndsWith("ed", StringComparison.Ordinal) || terms[k].Folded.EndsWith("ly", StringComparison.Ordinal))
            {
                break; // "summits ever", "ships sailed": the noun ended
            }
            nouns.Add(k);
        }
        var named = MeasureBefore(terms, first);
        if (named is not null || mention.Unit is not null)
        {
            nouns.Clear(); // "a magnitude 6.8 earthquake": the figure is the magnitude
        }
        var kind = nouns.FirstOrDefault(k => Kinds.Contains(terms[k].Folded), -1);
        var head = kind >= 0 ? kind : nouns.Count > 0 ? nouns[^1] : -1;
        var qualifiers = nouns.Where(k => k < head).Select(k => terms[k].Folded).ToList();
        var unit = mention.Unit is { } u ? UnitNames.GetValueOrDefault(u, u) : null;

        // 2. The measure: the nearest cue word, else the unit, else a measure named before the figure, else the noun.
        var (measure, isCount) = NearestCue(terms, first, head >= 0 ? head : last, sentence.Numbers, mention) is { } cue
            ? (cue, true)
            : (unit ?? named ?? (head >= 0 ? terms[head].Folded : null), false);
        if (measure is null)
        {
            return null;
        }
        if (partitive)
        {
            (measure, isCount) = ($"{measure} (part)", false);
        }

        // 3. Comparator, source, and the claim as written.
        var comparator = ComparatorBefore(terms, first);
        var items = article.Items(s);
        var attribution = AttributionRules.Find(items, items.IndexAt(mention.Start), sourcesFirst: true) is { IsPronoun: false } found ? found.Speaker : null;
        var end = mention.Start + mention.Length;
        if (mention.Unit == "sq" && last + 1 < terms.Count && terms[last + 1].Token.Kind == TokenKind.Word)
        {
            end = terms[last + 1].Token.End; // "1,500 sq km"
        }
        var claim = new NumberClaim(
            article.Article, mention.Value, article.Text[mention.Start..end], comparator,
            head >= 0 ? terms[head].Token.In(article.Text).ToString() : null, qualifiers, attribution,
            article.Span(mention.Start, end), sentence.Text);
        return new ReadNumber(claim, measure, isCount, era);
    }

    private static bool IsFigure(string text, IReadOnlyList<Term> terms, int first, int last, NumberMention mention)
    {
        var token = terms[first].Token;
        var written = token.In(text);
        var next = last + 1 < terms.Count ? terms[last + 1].Folded : "";
        var isDuration = (mention.Unit is { } unit && Durations.Contains(unit)) || Durations.Contains(next);
        if (terms[first].Token.Kind != TokenKind.Number)
        {
            return mention.Value >= 10 && !isDuration; // "a thousand", "twenty"; not "three attempts", "twelve hours"
        }
        if (IsYear(written, mention) || written.EndsWith("th") || written.EndsWith("st") || written.EndsWith("nd") || written.EndsWith("rd"))
        {
            return false;
        }
        // "4:12 a.m."
        var before = token.Start > 0 ? text[token.Start - 1] : ' ';
        var afterChar = token.End < text.Length ? text[token.End] : ' ';
        if (before == ':' || afterChar == ':')
        {
            return false;
        }
        return !isDuration;
    }

    public static bool IsYear(ReadOnlySpan<char> written, NumberMention mention) =>
        mention.Unit is null && mention.Value is >= 1800 and <= 2100 && mention.Value == Math.Floor(mention.Value)
        && (written.Length == 4 || (written.Length == 5 && written[4] == 's')) && !written.Contains(',');

    private static string? NearestCue(IReadOnlyList<Term> terms, int first, int end, IReadOnlyList<NumberMention> numbers, NumberMention self)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        // The counted noun itself, then back up to 10 words, then forward up to 8 words after the noun;
        // never across another figure or past a clause end going forward.
        for (var k = first + 1; k <= end && k < terms.Count; k++)
        {
            if (CueOf(terms[k]) is { } cue)
            {
                return cue;
            }
        }
        for (var k = first - 1; k >= 0 && first - k <= 10; k--)
        {
            if (IsOtherNumber(terms[k], numbers, self) || terms[k].Token.Kind == TokenKind.Punctuation && terms[k].Folded is ";" or ":")
            {
                break;
            }
            if (CueOf(terms[k]) is { } cue)
            {
                (best, bestDistance) = (cue, first - k);
                break;
            }
        }
        for (var k = end + 1; k < terms.Count && k - end <= 8; k++)
        {
            if (IsOtherNumber(terms[k], numbers, self) || terms[k].Folded is "," or ";" or "." or ":" or "and" or "or" or "but" or "while")
            {
                break;
            }
            if (CueOf(terms[k]) is { } cue)
            {
                if (k - end < bestDistance)
                {
                    best = cue;
                }
                break;
            }
        }
        return best;
    }

    private static bool IsOtherNumber(Term term, IReadOnlyList<NumberMention> numbers, NumberMention self) =>
        term.Token.Kind == TokenKind.Number && term.Token.Start != self.Start && numbers.Any(n => n.Start == term.Token.Start);

    private static string? CueOf(Term term)
    {
        if (term.Token.Kind != TokenKind.Word)
        {
            return null;
        }
        foreach (var (stem, measure) in Cues)
        {
            if ((term.Stem == stem || (stem.Length >= 4 && term.Stem.StartsWith(stem, StringComparison.Ordinal))) && (stem != "live" || term.Folded == "lives") && (stem != "miss" || term.Folded == "missing"))
            {
                return measure;
            }
        }
        return null;
    }

    private static string? MeasureBefore(IReadOnlyList<Term> terms, int first)
    {
        for (var k = first - 1; k >= 0 && first - k <= 2; k--)
        {
            if (MeasureNames.Contains(terms[k].Folded))
            {
                return terms[k].Folded;
            }
        }
        return null;
    }

    private static string? ComparatorBefore(IReadOnlyList<Term> terms, int first)
    {
        foreach (var words in Comparators)
        {
            var start = first - words.Length;
            if (start < 0)
            {
                continue;
            }
            var matches = true;
            for (var w = 0; w < words.Length && matches; w++)
            {
                matches = terms[start + w].Folded == words[w];
            }
            if (matches)
            {
                return string.Join(' ', words);
            }
        }
        return null;
    }

    /// <summary>The past year or decade a sentence's figures belong to, if any.</summary>
    private static string? EraOf(ClaimText article, Sentence sentence, int publishedYear, string? previousEra)
    {
        var terms = sentence.Terms;
        if (terms.Count >= 2 && ((terms[0].Folded == "back" && terms[1].Folded == "then") || (terms[0].Folded == "at" && terms.Count > 2 && terms[1].Folded == "the" && terms[2].Folded == "time")))
        {
            return previousEra;
        }
        foreach (var mention in sentence.Numbers)
        {
            var first = IndexOf(terms, mention.Start);
            if (first < 0 || terms[first].Token.Kind != TokenKind.Number)
            {
                continue;
            }
            var written = terms[first].Token.In(article.Text);
            if (!IsYear(written, mention))
            {
                continue;
            }
            var isDecade = written[^1] == 's';
            var year = (int)mention.Value + (isDecade ? 9 : 0);
            var afterSince = false;
            for (var k = first - 1; k >= 0 && first - k <= 7; k--)
            {
                afterSince |= terms[k].Folded == "since";
            }
            if (!afterSince && year < publishedYear - 1)
            {
                return written.ToString();
            }
        }
        return null;
    }

    private static int IndexOf(IReadOnlyList<Term> terms, int position)
    {
        for (var k = 0; k < terms.Count; k++)
        {
            if (position >= terms[k].Token.Start && position < terms[k].Token.End)
            {
                return k;
            }
        }
        return -1;
    }

}
