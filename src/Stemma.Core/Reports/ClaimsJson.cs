using System.Text.Json.Nodes;
using Stemma.Alignment;
using Stemma.Claims;

namespace Stemma.Reports;

/// <summary>
/// JSON of a story's claims, the <c>"claims"</c> member of <c>stemma story --json</c>:
/// <c>{"quotes": [{"speaker", "changed", "versions": [{"article", "articleId", "text", "speaker", "change",
/// "comparedWith", "diff", "after", "offset", "length", "sentence"}]}], "numbers": [{"measure", "era",
/// "disagree", "lone", "notes", "claims": [{"article", "articleId", "value", "text", "comparator", "counted",
/// "qualifiers", "attribution", "offset", "length", "sentence"}]}], "names": [{"spellings": [{"spelling",
/// "articles"}]}]}</c>. <c>change</c> is <c>original</c>, <c>identical</c>, <c>changed-words</c>,
/// <c>new-context</c>, <c>paraphrased</c> or <c>reported-speech</c>; <c>diff</c> lists
/// <c>{"op": "same|removed|added", "text"}</c>. Offsets count Unicode scalar values of the original file, as
/// in compare's passages; <c>articles</c> and <c>comparedWith</c> give article names.
/// </summary>
internal static class ClaimsJson
{
    public static JsonObject Claims(StoryClaims claims) => new()
    {
        ["quotes"] = new JsonArray([.. claims.Quotes.Select(Quote)]),
        ["numbers"] = new JsonArray([.. claims.Numbers.Select(Numbers)]),
        ["names"] = new JsonArray([.. claims.Names.Select(Names)]),
    };

    private static JsonObject Quote(QuoteGroup group) => new()
    {
        ["speaker"] = group.Speaker,
        ["changed"] = group.Changed,
        ["versions"] = new JsonArray([.. group.Versions.Select(v => (JsonNode)new JsonObject
        {
            ["article"] = v.Mention.Article.Name,
            ["articleId"] = v.Mention.Article.Id,
            ["text"] = v.Mention.Text,
            ["speaker"] = v.Mention.Speaker,
            ["change"] = Change(v.Change),
            ["comparedWith"] = v.ComparedWith?.Article.Name,
            ["diff"] = v.Diff.Count == 0 ? null : new JsonArray([.. v.Diff.Select(Diff)]),
            ["after"] = v.Mention.After,
            ["offset"] = v.Mention.Span.OriginalStart,
            ["length"] = v.Mention.Span.OriginalLength,
            ["sentence"] = v.Mention.Sentence,
        })]),
    };

    private static JsonNode Diff(DiffWord word) => new JsonObject
    {
        ["op"] = word.Op switch { DiffOp.Removed => "removed", DiffOp.Added => "added", _ => "same" },
        ["text"] = word.Text,
    };

    private static JsonObject Numbers(NumberGroup group) => new()
    {
        ["measure"] = group.Measure,
        ["era"] = group.Era,
        ["disagree"] = group.Disagree,
        ["lone"] = group.Lone,
        ["notes"] = new JsonArray([.. group.Notes.Select(n => JsonValue.Create(n))]),
        ["claims"] = new JsonArray([.. group.Claims.Select(c => (JsonNode)new JsonObject
        {
            ["article"] = c.Article.Name,
            ["articleId"] = c.Article.Id,
            ["value"] = c.Value,
            ["text"] = c.Text,
            ["comparator"] = c.Comparator,
            ["counted"] = c.Counted,
            ["qualifiers"] = new JsonArray([.. c.Qualifiers.Select(q => JsonValue.Create(q))]),
            ["attribution"] = c.Attribution,
            ["offset"] = c.Span.OriginalStart,
            ["length"] = c.Span.OriginalLength,
            ["sentence"] = c.Sentence,
        })]),
    };

    private static JsonObject Names(NameGroup group) => new()
    {
        ["spellings"] = new JsonArray([.. group.Spellings.Select(s => (JsonNode)new JsonObject
        {
            ["spelling"] = s.Spelling,
            ["articles"] = new JsonArray([.. s.Articles.Select(a => JsonValue.Create(a.Name))]),
        })]),
    };

    private static string Change(QuoteChange change) => change switch
    {
        QuoteChange.Original => "original",
        QuoteChange.Identical => "identical",
        QuoteChange.ChangedWords => "changed-words",
        QuoteChange.NewContext => "new-context",
        QuoteChange.Paraphrased => "paraphrased",
        _ => "reported-speech",
    };
}
