using System.Text.RegularExpressions;

namespace Stemma.Extraction;

/// <summary>
/// Boilerplate a web page's line shows only by its neighbours, after the shape rules have run: a label
/// heading removed furniture, everything after an end marker late in the text, and short scraps after the
/// last paragraph. Each removal gives its reason.
/// </summary>
internal static partial class PageLineContext
{
    public static void Mark(List<SourceLine> lines, CascadeWeights weights)
    {
        MarkHeadingsOfRemovedBlocks(lines);
        MarkReaderPrompts(lines, weights);
        MarkAfterArticleEnd(lines, weights);
        MarkTrailingScraps(lines, weights);
    }

    /// <summary>
    /// A short label line ("Mehr zum Thema", "Themen:", "Weitere Informationen") directly above lines removed
    /// as furniture (a link list, a widget) heads that furniture, not the article: it goes with it.
    /// </summary>
    private static void MarkHeadingsOfRemovedBlocks(List<SourceLine> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var line = lines[i];
            var next = lines[i + 1];
            if (line.IsKept && !next.IsKept && next.RemovalReason != HeadingReason && IsLabel(line.Text))
            {
                line.RemovalReason = HeadingReason;
            }
        }
    }

    /// <summary>Reasons that mark where an article ends: what follows them is comments, related links or sign-up boxes.</summary>
    private static readonly HashSet<string> EndMarkers = new(StringComparer.Ordinal)
    {
        "related-article heading", "comment form", "newsletter prompt", "paywall line", "post footer",
        "follow prompt", "feedback prompt", "share buttons",
    };

    /// <summary>
    /// An end marker (a "Related articles" heading, a comment form, a tag line) in the last part of the page's
    /// text ends the article: every line after it is removed too, so the comments and teasers that follow
    /// do not count as article text. A marker before two thirds of the text is passed over (a tag line at the top, a sign-up box mid-page).
    /// </summary>
    private static void MarkAfterArticleEnd(List<SourceLine> lines, CascadeWeights weights)
    {
        var total = lines.Where(l => l.IsKept).Sum(l => l.Text.Length);
        var seen = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsKept)
            {
                seen += line.Text.Length;
                continue;
            }
            if (EndMarkers.Contains(line.RemovalReason!) && seen >= weights.EndShare * total)
            {
                for (var j = i + 1; j < lines.Count; j++)
                {
                    lines[j].RemovalReason ??= $"after the article's end ({line.RemovalReason})";
                }
                return;
            }
        }
    }


    /// <summary>
    /// A short line late in the text that asks something of the reader (subscribe, log in, follow us, support
    /// us, join) or disclaims the page (opinions, licence, rights, cookies) is what sites put under an
    /// article, not its text. Only the last third is searched: early on these words are the story's own.
    /// </summary>
    private static void MarkReaderPrompts(List<SourceLine> lines, CascadeWeights weights)
    {
        var total = lines.Where(l => l.IsKept).Sum(l => l.Text.Length);
        var seen = 0;
        foreach (var line in lines)
        {
            if (!line.IsKept)
            {
                continue;
            }
            if (seen >= weights.EndShare * total && line.Text.Length <= weights.PromptChars && ReaderPrompt().IsMatch(line.Text))
            {
                line.RemovalReason = "reader prompt or disclaimer";
            }
            seen += line.Text.Length;
        }
    }


    /// <summary>Words of sign-up, log-in, follow, support and membership prompts and of site disclaimers, in the languages the project meets.</summary>
    [GeneratedRegex(@"(\bsubscri|newsletter|sign up|log ?in\b|register|follow (us|\w+( \w+){0,3}) on (twitter|facebook|instagram|x|linkedin|tiktok|youtube|telegram|whatsapp)\b|download (the|our)\b.{0,40}\bapp|support (our|us|independent)|become a member|membership|\babo\b|registrier|einloggen|eingeloggt|anmelden|folgen sie|folge uns|unterstütze\b|unterstützen sie|spenden sie|mitglied werden|gefällt (dir|ihnen) (unser|die|der|das)|kennt ihr schon|suscr|reg[ií]str|inicia sesi|s[ií]guenos|ap[óo]yanos|hazte miembro|membres[ií]a|[úu]nete|inscri|suivez|soutenez|faites un don|subskryb|prenumer|zaloguj|zarejestruj|dołącz|wesprzyj|iscriviti|seguici|not responsible for|opinions expressed|(medical|legal) advice|meinung des autors|nicht notwendigerweise|n'engagent que|licensed under|creative commons|all rights reserved|alle rechte vorbehalten|prawa zastrzeżone|derechos reservados|chroniony prawem|cookies?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReaderPrompt();

    /// <summary>
    /// Short lines after the article's last paragraph (an author's name, "Gefällt mir", a category, a date) are
    /// what pages put under an article, not its text. The cut-off sits in the middle of a broad plateau
    /// measured on the whole web-extraction dev set (30 to 55 characters score alike).
    /// </summary>
    private static void MarkTrailingScraps(List<SourceLine> lines, CascadeWeights weights)
    {
        var lastParagraph = lines.FindLastIndex(l => l.IsKept && l.Text.Length >= weights.ParagraphChars);
        if (lastParagraph < 0)
        {
            return;
        }
        for (var j = lastParagraph + 1; j < lines.Count; j++)
        {
            if (lines[j].IsKept && lines[j].Text.Length < weights.ScrapChars)
            {
                lines[j].RemovalReason = "short line after the last paragraph";
            }
        }
    }


    private const string HeadingReason = "heading of removed block";

    /// <summary>A label: a few words (or, in scripts without spaces, a few characters) with no sentence end.</summary>
    private static bool IsLabel(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length is > 0 and <= MaxLabelChars && trimmed.Count(' ') < MaxLabelWords
            && trimmed[^1] is not ('.' or '!' or '?' or '"' or '”' or '»' or '«' or '。' or '！' or '？');
    }

    private const int MaxLabelWords = 6;
    private const int MaxLabelChars = 50;
}
