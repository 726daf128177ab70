using Stemma.Extraction;

namespace Stemma.Text;

/// <summary>
/// Stage 3 of the pipeline: sentences (<see cref="SentenceSplitter"/>) within each paragraph, tokens
/// (<see cref="Tokenizer"/>), folded forms (<see cref="TextFolding"/>), Porter2 stems, stop words and
/// numbers (<see cref="NumberParser"/>). Offsets of each sentence point into the original file.
/// </summary>
public static class Segmenter
{
    private static readonly HashSet<string> MeasureUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "km", "kilometres", "kilometers", "kilometre", "kilometer", "m", "metres", "meters", "metre", "meter", "cm", "mm",
        "mi", "mile", "miles", "kg", "kilograms", "kilos", "g", "grams", "tonnes", "tons", "tonne", "ton", "lb", "lbs",
        "pounds", "percent", "%", "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year",
        "minutes", "minute", "seconds", "dollars", "euros", "pounds", "rubles", "roubles", "mph", "kph", "km/h", "ft", "feet",
        "acres", "hectares", "sq",
    };

    public static SegmentedArticle Segment(ExtractedArticle article)
    {
        var sentences = new List<Sentence>();
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var span in SentenceSplitter.Split(article.Text, paragraph.Start, paragraph.Start + paragraph.Length))
            {
                sentences.Add(BuildSentence(article, span));
            }
        }
        return new SegmentedArticle(article, sentences);
    }

    private static Sentence BuildSentence(ExtractedArticle article, SentenceSpan span)
    {
        var text = article.Text;
        var tokens = Tokenizer.Tokenize(text, span.Start, span.End);
        var terms = new Term[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            terms[i] = MakeTerm(text, tokens[i]);
        }
        var (originalStart, originalLength) = article.Map.ToOriginal(span.Start, span.Length);
        return new Sentence(span.Start, span.Length, originalStart, originalLength, text.Substring(span.Start, span.Length), terms, FindNumbers(text, terms));
    }

    private static Term MakeTerm(string text, Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            var folded = TextFolding.Fold(token.In(text));
            return new Term(token, folded, folded, IsStop: false);
        }
        var forms = WordForms.Of(token.In(text));
        return new Term(token, forms.Folded, forms.Stem, forms.IsStop);
    }

    /// <summary>Numbers in figures or words, with a scale word ("1.2 million") and a unit ("5 km", "5km") taken in.</summary>
    private static List<NumberMention> FindNumbers(string text, Term[] terms)
    {
        var numbers = new List<NumberMention>();
        var i = 0;
        while (i < terms.Length)
        {
            var term = terms[i];
            var isFigure = term.Token.Kind == TokenKind.Number;
            var startsWithArticle = term.Folded is "a" or "an" && i + 1 < terms.Length && NumberParser.IsNumberWord(terms[i + 1].Folded);
            if (!isFigure && !startsWithArticle && !(term.Token.Kind == TokenKind.Word && NumberParser.IsNumberWord(term.Folded) && !IsLoneOne(terms, i)))
            {
                i++;
                continue;
            }
            if (!TryReadNumber(text, terms, i, out var value, out var consumed))
            {
                i++;
                continue;
            }
            var last = i + consumed - 1;
            var unit = value.Unit;
            if (unit is null && last + 1 < terms.Length && MeasureUnits.Contains(terms[last + 1].Folded))
            {
                unit = terms[last + 1].Folded;
                last++;
            }
            var start = terms[i].Token.Start;
            numbers.Add(new NumberMention(start, terms[last].Token.End - start, value.Value, unit));
            i = last + 1;
        }
        return numbers;
    }

    private static bool TryReadNumber(string text, Term[] terms, int i, out ParsedNumber value, out int consumed)
    {
        if (terms[i].Token.Kind == TokenKind.Number)
        {
            consumed = 1;
            if (!NumberParser.TryParse(terms[i].Token.In(text), out value))
            {
                return false;
            }
            // "1.2 million", "30 thousand"
            if (value.Unit is null && i + 1 < terms.Length && NumberParser.TryScale(terms[i + 1].Folded, out var scale))
            {
                value = new ParsedNumber(value.Value * scale);
                consumed = 2;
            }
            return true;
        }
        var run = new List<string>();
        for (var j = i; j < terms.Length && terms[j].Token.Kind == TokenKind.Word && (NumberParser.IsNumberWord(terms[j].Folded) || terms[j].Folded is "and" or "a" or "an"); j++)
        {
            run.Add(terms[j].Folded);
        }
        return NumberParser.TryParseWords(run, out value, out consumed);
    }

    /// <summary>"one" as a pronoun ("one of the", "no one") is not a number worth reporting.</summary>
    private static bool IsLoneOne(Term[] terms, int i) =>
        terms[i].Folded == "one" && (i + 1 >= terms.Length || terms[i + 1].Folded is "of" or "another" || (i > 0 && terms[i - 1].Folded is "no" or "any" or "every" or "some" or "the" or "this" or "that"));
}
