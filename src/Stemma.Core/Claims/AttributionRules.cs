namespace Stemma.Claims;

/// <summary>Who a quote or a figure is attributed to in its sentence.</summary>
/// <param name="Speaker">The speaker or source as written ("Cavanaugh", "the foreign ministry", "partial reports").</param>
/// <param name="IsPronoun">The sentence names the speaker with a pronoun only ("he told AFP"): resolve it from the context.</param>
internal readonly record struct Attribution(string Speaker, bool IsPronoun);

/// <summary>
/// Finds the attribution nearest to a quote or a figure in its sentence, by rule, in this order:
/// a source cue ("according to X", "as per X", "by Russian estimates"); a reporting verb with its subject
/// before it ("X said", "X, a former ambassador, told AFP"), or after it when the verb follows the quote
/// ("…,” said Horbach", "indicated the ministry in a communiqué"); a participle ("…, saying") taking the
/// clause's subject; a colon before the quote taking the clause's subject ("Horbach put it plainly: …").
/// Passives ("is being said", "were reported dead") are not attributions.
/// </summary>
internal static class AttributionRules
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "declared", "declares", "stated", "states",
        "indicated", "indicates", "affirmed", "affirms", "estimated", "warned", "warns", "insisted", "insists",
        "explained", "explains", "announced", "announces", "noted", "wrote", "writes", "claimed", "claims", "urged",
        "urges", "stressed", "reiterated", "issued", "confirmed", "denied", "admitted", "acknowledged", "argued",
        "promised", "replied", "asked", "asks", "continued", "believes", "quoted", "reported", "recalled", "commented",
    };

    private static readonly HashSet<string> Participles = new(StringComparer.Ordinal) { "saying", "adding", "telling", "warning", "stressing", "insisting" };

    private static readonly HashSet<string> Passive = new(StringComparer.Ordinal) { "is", "are", "was", "were", "be", "been", "being" };

    /// <summary>Words that stand between a subject and its verb ("the ministry also said", "Baku has denied").</summary>
    private static readonly HashSet<string> BetweenSubjectAndVerb = new(StringComparer.Ordinal)
    {
        "also", "has", "have", "had", "later", "earlier", "then", "reportedly", "further", "previously", "again",
        "once", "would", "will", "could", "only", "just", "formally", "repeatedly", "publicly", "separately", "plainly",
    };

    private static readonly HashSet<string> ClauseBreakers = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "whom", "whose", "but", "and", "when", "while", "because", "after", "before", "if", "as",
        "where", "so", "then", "though", "although",
    };

    private static readonly HashSet<string> Appositive = new(StringComparer.Ordinal) { "a", "an", "the", "who", "whose", "which" };

    private static readonly HashSet<string> AfterVerbEnds = new(StringComparer.Ordinal)
    {
        "to", "in", "at", "on", "during", "from", "after", "with", "for", "by", "that", "as", "via", "through", "about", "on", "last", "this",
    };

    /// <summary>Lower-case words that may follow a name in the subject of a reporting clause ("Russia's ministry of foreign affairs").</summary>
    private static readonly HashSet<string> OfficeWords = new(StringComparer.Ordinal)
    {
        "ministry", "minister", "office", "spokesman", "spokeswoman", "spokesperson", "government", "army", "police",
        "agency", "president", "officials", "official", "council", "court", "embassy", "department", "service",
        "committee", "statement", "authorities", "of", "foreign", "affairs", "defence", "defense", "health", "interior",
        "emergencies", "emergency", "prime", "deputy", "the", "and", "leader", "mayor", "spokesmen", "spokeswomen",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "it", "him", "her", "them", "i", "we" };

    private static readonly HashSet<string> SourceNouns = new(StringComparer.Ordinal) { "estimates", "estimate", "figures", "tally", "count", "data", "reports" };

    /// <summary>Whether a folded word is a reporting verb ("said", "told").</summary>
    public static bool IsReportingVerb(string folded) => Verbs.Contains(folded);

    /// <summary>The attribution nearest to item <paramref name="anchor"/>; <paramref name="sourcesFirst"/> prefers source cues (for figures).</summary>
    public static Attribution? Find(ClauseItems items, int anchor, bool sourcesFirst = false)
    {
        Attribution? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < items.Count; i++)
        {
            if (!items[i].IsWord)
            {
                continue;
            }
            var found = SourceCue(items, i) is { } source ? (source, true)
                : VerbCue(items, i) is { } spoken ? (spoken, false)
                : ((Attribution?)null, false);
            if (found.Item1 is not { } attribution || (sourcesFirst && !found.Item2 && i > anchor && !HasBoundary(items, anchor, i)))
            {
                // A figure before a reporting verb is the verb's only if a clause ends between them
                // ("killing 214 people, the ministry said"; not "Baku captured 1,500 sq km and officials warned").
                continue;
            }
            var distance = Math.Abs(i - anchor) - (found.Item2 && sourcesFirst ? 1000 : 0);
            if (distance < bestDistance)
            {
                best = attribution;
                bestDistance = distance;
            }
        }
        if (best is null && anchor > 0 && items[anchor - 1].Kind == ClauseItemKind.Colon)
        {
            var phrase = LeadingPhrase(items, ChunkStart(items, anchor - 2), anchor - 2);
            best = phrase is null ? null : Make(phrase);
        }
        return best;
    }

    private static bool HasBoundary(ClauseItems items, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (items[k].Kind is ClauseItemKind.Comma or ClauseItemKind.Quote)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first run of two or more capitalised words outside quotes ("Carey Cavanaugh"): who a later pronoun most likely means.</summary>
    public static string? FirstNamedPerson(ClauseItems items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!items.IsCapitalised(i) || Text.StopWords.Contains(items[i].Folded))
            {
                continue;
            }
            var j = i;
            while (j + 1 < items.Count && items.IsCapitalised(j + 1) && !Text.StopWords.Contains(items[j + 1].Folded))
            {
                j++;
            }
            if (j > i)
            {
                return items.Span(i, j);
            }
            i = j;
        }
        return null;
    }

    private static Attribution? SourceCue(ClauseItems items, int i)
    {
        var word = items[i].Folded;
        if ((word == "according" && Next(items, i) == "to") || (word == "as" && Next(items, i) == "per"))
        {
            return PhraseAfter(items, i + 2, stopAtPrepositions: false);
        }
        if (SourceNouns.Contains(word) && i > 0)
        {
            // "by Russian estimates", "according to official figures" (the latter is caught above).
            for (var k = i - 1; k >= Math.Max(0, i - 4) && items[k].IsWord; k--)
            {
                if (items[k].Folded is "by" or "per")
                {
                    return k < i - 1 ? Make(items.Span(k + 1, i)) : null;
                }
            }
        }
        return null;
    }

    private static Attribution? VerbCue(ClauseItems items, int v)
    {
        var word = items[v].Folded;
        if (Participles.Contains(word))
        {
            var phrase = LeadingPhrase(items, 0, v - 1);
            return phrase is null ? null : Make(phrase);
        }
        if (!Verbs.Contains(word))
        {
            return null;
        }
        var j = v - 1;
        while (j >= 0 && items[j].IsWord && BetweenSubjectAndVerb.Contains(items[j].Folded))
        {
            j--;
        }
        if (j >= 0 && items[j].IsWord && Passive.Contains(items[j].Folded))
        {
            return null;
        }
        if (j > 0 && items[j].Kind == ClauseItemKind.Comma && items[j - 1].IsWord)
        {
            // "Maria Zakharova, told", after an apposition: "Hajiyev, an aide to the president, told".
            j--;
        }
        if (j < 0 || !items[j].IsWord)
        {
            // Nothing before the verb in this clause: "…,” said Horbach."
            return PhraseAfter(items, v + 1, stopAtPrepositions: true);
        }
        var start = ChunkStart(items, j);
        var subject = Subject(items, start, j);
        return subject is null || !CanSpeak(subject) ? null : Make(subject);
    }

    /// <summary>The subject of a reporting verb from the words of its clause (<paramref name="first"/>..<paramref name="last"/>).</summary>
    private static string? Subject(ClauseItems items, int first, int last)
    {
        // "Cavanaugh, a professor of diplomacy at the University of Kentucky, told AFP": skip the apposition.
        if (items[first].Folded is not ("and" or "but" or "or") && (Appositive.Contains(items[first].Folded) || (!items.IsCapitalised(first) && !items.IsCapitalised(last))) && first >= 2 && items[first - 1].Kind == ClauseItemKind.Comma && items.IsCapitalised(first - 2))
        {
            var before = ChunkStart(items, first - 2);
            if (Enumerable.Range(before, first - 1 - before).Any(k => items.IsCapitalised(k) && !Text.StopWords.Contains(items[k].Folded)) && !ClauseBreakers.Contains(items[first - 2].Folded))
            {
                return NameAtEnd(items, before, first - 2);
            }
        }
        var breaker = -1;
        for (var k = last; k >= first; k--)
        {
            if (ClauseBreakers.Contains(items[k].Folded))
            {
                breaker = k;
                break;
            }
        }
        if (breaker == last && items[breaker].Folded is "and" or "but")
        {
            // "…released a statement … but stated:" — the subject of the whole clause.
            return LeadingPhrase(items, first, last);
        }
        if (breaker == last)
        {
            // "the officer who said", "a report that said": the clause has no subject of its own after the
            // breaker; a relative "who" takes the words before it, anything else names no speaker.
            return items[breaker].Folded == "who" && breaker > first ? NameAtEnd(items, first, breaker - 1) : null;
        }
        if (breaker >= 0)
        {
            first = breaker + 1;
        }
        return NameAtEnd(items, first, last);
    }

    /// <summary>A chunk ending in a run of capitalised words ("time Russian foreign ministry spokeswoman Maria Zakharova") is that run.</summary>
    private static string NameAtEnd(ClauseItems items, int first, int last)
    {
        var k = last;
        while (k >= first && items.IsCapitalised(k) && !Text.StopWords.Contains(items[k].Folded))
        {
            k--;
        }
        var run = last - k;
        if (run >= 4)
        {
            // "Earlier Saturday Armenian Prime Minister Nikol Pashinyan": titles and time words, then the person.
            return items.Span(last - 1, last);
        }
        return run >= 2 && k >= first ? items.Span(k + 1, last) : items.Span(SkipTimePhrase(items, first, last), last);
    }

    /// <summary>A subject that can report: a name, an office, a group of people, or a pronoun ("that choice says" is not an attribution).</summary>
    private static bool CanSpeak(string subject)
    {
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }
        if (words.Length <= 4 && words[0].ToLowerInvariant() is "a" or "an" or "the" or "one" or "another")
        {
            return true; // "a resident", "the coast guard"
        }
        foreach (var word in subject.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = word.ToLowerInvariant();
            if (lower is not ("of" or "the" or "and") && (char.IsUpper(word[0]) || OfficeWords.Contains(lower) || Speakers.Contains(lower) || Pronouns.Contains(lower)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> Speakers = new(StringComparer.Ordinal)
    {
        "officials", "experts", "analysts", "witnesses", "residents", "rescuers", "doctors", "reports", "sources",
        "observers", "diplomats", "scientists", "seismologists", "mediators", "guard", "spokesperson", "survivors",
        "report", "researchers", "authorities", "ministry", "media", "television", "agency", "newspaper",
    };

    /// <summary>"on Thursday Armenian officials" → "Armenian officials".</summary>
    private static int SkipTimePhrase(ClauseItems items, int first, int last)
    {
        while (first + 1 < last && items[first].Folded is "on" or "in" or "at" or "by" or "earlier" or "later" or "last" or "this"
            && TimeWords.Contains(items[first + 1].Folded))
        {
            first += 2;
        }
        return first;
    }

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "week", "month",
        "year", "night", "morning", "evening", "afternoon", "weekend", "time",
    };

    private static Attribution? PhraseAfter(ClauseItems items, int first, bool stopAtPrepositions)
    {
        var last = first - 1;
        if (first < items.Count && items[first].Folded == "that")
        {
            return null; // "indicated that …": the speaker is not after the verb
        }
        for (var k = first; k < items.Count && items[k].IsWord && k < first + 7; k++)
        {
            if (k > first && (stopAtPrepositions ? AfterVerbEnds.Contains(items[k].Folded) : ClauseBreakers.Contains(items[k].Folded)))
            {
                break;
            }
            last = k;
        }
        return last < first ? null : Make(items.Span(first, last));
    }

    /// <summary>The noun phrase a clause opens with: names, possessives and office words ("Russia's ministry of foreign affairs").</summary>
    private static string? LeadingPhrase(ClauseItems items, int first, int last)
    {
        var end = first - 1;
        for (var k = first; k <= last && items[k].IsWord && k < first + 7; k++)
        {
            var folded = items[k].Folded;
            if (!(items.IsCapitalised(k) || OfficeWords.Contains(folded)) || BetweenSubjectAndVerb.Contains(folded) || Verbs.Contains(folded))
            {
                break;
            }
            end = k;
        }
        while (end >= first && items[end].Folded is "of" or "the" or "and")
        {
            end--;
        }
        return end < first ? null : items.Span(first, end);
    }

    private static int ChunkStart(ClauseItems items, int last)
    {
        var k = last;
        while (k > 0 && items[k - 1].IsWord)
        {
            k--;
        }
        return Math.Max(k, 0);
    }

    private static string? Next(ClauseItems items, int i) => i + 1 < items.Count && items[i + 1].IsWord ? items[i + 1].Folded : null;

    /// <summary>An attribution to <paramref name="speaker"/>; none when the phrase holds no word.</summary>
    private static Attribution? Make(string speaker) =>
        string.IsNullOrWhiteSpace(speaker) ? null : new Attribution(speaker, Pronouns.Contains(speaker.ToLowerInvariant()));
}
