using System.Text.RegularExpressions;

namespace Stemma.Extraction;

/// <summary>
/// Recognises lines that are web furniture rather than article text by their shape alone: bylines,
/// comment forms, share and related-article lines, bare URLs, keyword lines. Each rule says why it fired.
/// Rules are anchored on the whole (trimmed) line, so an article sentence that merely mentions
/// "read more" is never taken.
/// </summary>
internal static partial class BoilerplateShapes
{
    private const RegexOptions Flags = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly (Regex Pattern, string Reason)[] Rules =
    [
        (Byline(), "byline"),
        (AuthorPhoto(), "author photo"),
        (CommentPrompt(), "comment form"),
        (CommentCount(), "comment form"),
        (EmailNotPublished(), "comment form"),
        (RequiredFields(), "comment form"),
        (SaveMyName(), "comment form"),
        (ExitMobile(), "mobile-site switch"),
        (RelatedLink(), "related-article link"),
        (RelatedArticlesHeading(), "related-article heading"),
        (ReadMoreLink(), "read-more link"),
        (ShareButtons(), "share buttons"),
        (ShareOn(), "share buttons"),
        (BareUrl(), "bare URL"),
        (KeywordLine(), "keyword line"),
        (CopyrightLine(), "copyright line"),
        (AllRightsReserved(), "copyright line"),
        (Advertisement(), "advertisement"),
        (NewsletterPrompt(), "newsletter prompt"),
        (Separator(), "separator"),
        (RelatedHeading(), "related-article heading"),
        (PostFooter(), "post footer"),
        (ShareThis(), "share buttons"),
        (LoginToComment(), "comment form"),
        (CaptionLabel(), "caption or credit"),
        (BracketedCredit(), "caption or credit"),
        (DateLine(), "date line"),
        (FigureCaption(), "caption or credit"),
        (CaptionWithCredit(), "caption or credit"),
        (CopyrightMark(), "caption or credit"),
        (CommentsClosed(), "comment form"),
        (FollowPrompt(), "follow prompt"),
        (FeedbackPrompt(), "feedback prompt"),
        (ContactLine(), "contact line"),
        (AdvertisementLabel(), "advertisement"),
        (NewsletterLine(), "newsletter prompt"),
        (PaywallLine(), "paywall line"),
    ];

    [GeneratedRegex(@"^(photo|picture|image|avatar) of (the )?author$", Flags)]
    private static partial Regex AuthorPhoto();

    [GeneratedRegex(@"^(leave|post|add|write) a (comment|reply)\b.{0,40}$", Flags)]
    private static partial Regex CommentPrompt();

    [GeneratedRegex(@"^(cancel reply|post comment|submit comment|\d+ comments?|comments?( \(\d+\))?|no comments( yet)?\.?)$", Flags)]
    private static partial Regex CommentCount();

    [GeneratedRegex(@"^your email address will not be published\b", Flags)]
    private static partial Regex EmailNotPublished();

    [GeneratedRegex(@"^required fields are marked\b", Flags)]
    private static partial Regex RequiredFields();

    [GeneratedRegex(@"^save my name, email,? and website\b", Flags)]
    private static partial Regex SaveMyName();

    [GeneratedRegex(@"^exit mobile version$", Flags)]
    private static partial Regex ExitMobile();

    [GeneratedRegex(@"^(related|related articles?|related stories|related posts?|related news|see also|also read|read also|recommended|more on this|more from \w+)\s*[:\-–—]", Flags)]
    private static partial Regex RelatedLink();

    [GeneratedRegex(@"^(related articles?|related stories|related posts|you may also like|more stories|recommended for you|trending now|most read|most popular)$", Flags)]
    private static partial Regex RelatedArticlesHeading();

    [GeneratedRegex(@"^(read more|read the full story|continue reading|click here|full story)\b\s*([:\-–—]|$|\.{3}|…)", Flags)]
    private static partial Regex ReadMoreLink();

    [GeneratedRegex(@"^(share( this( article| story| post)?)?|tweet|email|print|whatsapp|facebook|twitter|linkedin|telegram|reddit|pinterest|copy link)([\s,|·•/]+(share|tweet|email|print|whatsapp|facebook|twitter|linkedin|telegram|reddit|pinterest|copy link|on))*\s*:?$", Flags)]
    private static partial Regex ShareButtons();

    [GeneratedRegex(@"^(click to share|share on|follow us on)\b", Flags)]
    private static partial Regex ShareOn();

    [GeneratedRegex(@"^(https?://|www\.)\S+$", Flags)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"^(tags?|keywords|topics|filed under|categories|category)\s*:", Flags)]
    private static partial Regex KeywordLine();

    [GeneratedRegex(@"^(©|\(c\)|copyright\b).{0,120}$", Flags)]
    private static partial Regex CopyrightLine();

    [GeneratedRegex(@"^all rights reserved\.?$", Flags)]
    private static partial Regex AllRightsReserved();

    [GeneratedRegex(@"^(advertisement|advertising|sponsored( content)?|ad)$", Flags)]
    private static partial Regex Advertisement();

    [GeneratedRegex(@"^(subscribe|sign up)( now| today)?\b.{0,60}(newsletter|updates|inbox)\b.*$", Flags)]
    private static partial Regex NewsletterPrompt();

    [GeneratedRegex(@"^[\p{P}\p{S}\s]{3,}$", Flags)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(this entry was posted|this (post|article) was (posted|published) in|posted in|dieser (eintrag|beitrag) wurde .{0,60}veröffentlicht|veröffentlicht in|abgelegt unter|kategorien?\s*:|category\s*:|categories\s*:)", Flags)]
    private static partial Regex PostFooter();

    [GeneratedRegex(@"^(artikel gefallen\??|gefällt mir|jetzt teilen|teilen|beitrag teilen|artikel teilen|diesen (artikel|beitrag) teilen|like this:?|share this:?|partager|compartir|condividi|udostępnij)\b.{0,50}$", Flags)]
    private static partial Regex ShareThis();

    [GeneratedRegex(@"^(sie müssen (sich )?(einloggen|angemeldet sein|anmelden)|you must be logged in|log in to (comment|reply)|melden sie sich an, um)", Flags)]
    private static partial Regex LoginToComment();

    [GeneratedRegex(@"^(foto|fotos|photo|photos|bild|bilder|image|picture|credit|credits|quelle|source|źródło|fuente|fonte|crédit|crédits|copyright|©)\s*:?\s*.{0,80}$", Flags)]
    private static partial Regex CaptionLabel();

    [GeneratedRegex(@"^(\(|\[)?(foto|photo|bild|image|credit)s?\s*:.{0,80}(\)|\])?$", Flags)]
    private static partial Regex BracketedCredit();

    [GeneratedRegex(@"^(abbildung|abb\.|figure|fig\.|grafik|titelbild|beitragsbild|titelfoto|aufmacherbild|symbolbild|headerbild|illustration|imagen|ilustración|zdjęcie|fot\.)\s*\d*\s*:", Flags)]
    private static partial Regex FigureCaption();

    [GeneratedRegex(@"^.{0,80}\b(foto|fotos|photo|photos|bild|image|crédit photo|credit|quelle)\s*:\s*.{1,60}$", Flags)]
    private static partial Regex CaptionWithCredit();

    [GeneratedRegex(@"^.{0,100}(©|\(c\) \d{4}).{0,60}$", Flags)]
    private static partial Regex CopyrightMark();

    [GeneratedRegex(@"^(comments are closed|kommentare (sind )?geschlossen|commentaires fermés|los comentarios están cerrados|%d (bloggern gefällt das|bloggers like this)|be the first to (comment|like this))", Flags)]
    private static partial Regex CommentsClosed();

    [GeneratedRegex(@"^(folgen sie uns|folge uns|follow us|síguenos|siguenos|suivez-nous|seguici|obserwuj nas|stay up[- ]to[- ]date|bleiben sie (auf dem laufenden|informiert)|verpassen sie (keine|nichts))\b.{0,100}$", Flags)]
    private static partial Regex FollowPrompt();

    [GeneratedRegex(@"^(war dieser (artikel|beitrag) hilfreich|ist dieser beitrag hilfreich|was this (article|page|post) helpful|cet article vous a-t-il été utile|¿te ha resultado útil)", Flags)]
    private static partial Regex FeedbackPrompt();

    [GeneratedRegex(@"^(ihr(e)? ansprechpartner(in)?|ansprechpartner(in)?( zum thema| für)?|pressekontakt|pressesprecher(\*?in)?|kontakt für (journalisten|medien)|press contact|media contact)\b.{0,60}$", Flags)]
    private static partial Regex ContactLine();

    [GeneratedRegex(@"^((alle )?angaben ohne gewähr|externer inhalt|anzeige|werbung|- anzeige ?-|publicidad|publicité|reklama)\W{0,3}$", Flags)]
    private static partial Regex AdvertisementLabel();

    [GeneratedRegex(@"^(newsletter|abonnieren|subscribe|jetzt abonnieren|zum newsletter anmelden|sign up for (our|the) newsletter).{0,60}$", Flags)]
    private static partial Regex NewsletterLine();

    [GeneratedRegex(@"^(this (article|content) is (for|available to) (subscribers|members)|subscribe (now )?to (read|continue|get)|already a subscriber|dieser (artikel|inhalt) ist (nur )?für abonnenten|jetzt weiterlesen|weiterlesen mit).{0,80}$", Flags)]
    private static partial Regex PaywallLine();

    /// <summary>
    /// "By admin", "By Jane Doe", "Posted by …": a capitalised name of up to four words, or one lower-case
    /// user name; "By the numbers" is not a byline.
    /// </summary>
    /// <summary>"Related" headings in the languages of the news the project meets (English, German, French, Spanish, Italian, Polish, Portuguese).</summary>
    [GeneratedRegex(@"^(more on this( topic)?|read (also|more|next)|you (may|might) also like|see also|further reading|mehr zum thema|mehr zu(m)? (diesem )?thema|zum thema|zu diesem thema|auch interessant|das könnte (dich|sie) auch interessieren|ähnliche (artikel|beiträge|nachrichten|themen)|verwandte (artikel|beiträge|themen)|weitere (artikel|beiträge|meldungen|nachrichten|informationen|links)|weiterführende (links|informationen|artikel)|weiterlesen|zum weiterlesen|lesen sie auch|meist gesucht|meistgesucht|beliebte (artikel|beiträge)|schlagworte|themen|tags|am meisten gelesen|meistgelesen|neueste artikel|letzte kommentare|über den autor|zur person|à (lire|voir|découvrir) (aussi)?|lire aussi|sur le même sujet|temas relacionados|noticias relacionadas|te puede interesar|lee también|leggi anche|articoli correlati|zobacz (także|również|też)|czytaj (także|również|też)|więcej informacji|veja também|leia também)\s*(:|\.\.\.|…)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedHeading();

    /// <summary>
    /// A line that is only a date, a time, or "published/updated on" with one (in several languages), perhaps
    /// with a short "| category" after it; a dated paragraph ("05.12.2022 | Paris (dpa) - …") is text.
    /// </summary>
    [GeneratedRegex(@"^((veröffentlicht|aktualisiert|erstellt|geändert|publiziert|stand|published|posted|updated|last updated|publié|mis à jour|publicado|actualizado|pubblicato|opublikowano|aktualizacja|dieser eintrag wurde veröffentlicht)( am| on| le| el| il| in)?\s*:?\s*)?((\p{L}+,?\s+)?\d{1,4}[./\-\s]+(\d{1,2}|\p{L}+\.?)[./\-\s,]+\d{2,4}|(\p{L}+\.?\s+\d{1,2},?\s+\d{4}))?([\s,|–-]*(um\s+)?\d{1,2}[:.]\d{2}(\s*(uhr|h|am|pm))?)?\s*(\|.{0,80})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(By|BY|Posted by|Written by|Author:?)\s+([\p{Lu}][\p{L}\p{M}'’.\-]*(\s+([\p{Lu}][\p{L}\p{M}'’.\-]*|de|van|von|al|bin|da|del|la|le)){0,3}|[\p{Ll}\d_.\-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    /// <summary>The reason <paramref name="line"/> is boilerplate by its shape, or null if it may be article text.</summary>
    public static string? Classify(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }
        foreach (var (pattern, reason) in Rules)
        {
            if (pattern.IsMatch(trimmed))
            {
                return reason;
            }
        }
        return IsKeywordList(trimmed) ? "keyword line" : null;
    }

    /// <summary>
    /// "Putin, Nagorno-Karabakh, Armenia, Russia," — three or more short items separated by commas, with no
    /// sentence punctuation at the end (a sentence listing capitals ends with a full stop), and either all
    /// capitalised or ending in a trailing comma, as tag lists pasted from a CMS do.
    /// </summary>
    private static bool IsKeywordList(string line)
    {
        if (line.Length > 200 || line[^1] is '.' or '!' or '?' or ':' or '"' or '”')
        {
            return false;
        }
        var items = line.TrimEnd(',', ' ').Split(',');
        if (items.Length < 3)
        {
            return false;
        }
        var trailingComma = line.TrimEnd().EndsWith(',');
        foreach (var raw in items)
        {
            var item = raw.Trim();
            if (item.Length == 0 || !(trailingComma || char.IsUpper(item[0]) || char.IsDigit(item[0])))
            {
                return false;
            }
            if (item.Count(c => c == ' ') > 2)
            {
                return false;
            }
        }
        return true;
    }
}
