using System.Globalization;
using System.Text;

namespace Stemma.Fuzz;

/// <summary>One generated input file: its name inside the batch folder, its bytes, and what kind of hostility it carries.</summary>
internal sealed record HostileFile(string Name, byte[] Bytes, string Kind);

/// <summary>
/// A seeded generator of hostile inputs for every kind of file Stemma reads (.txt, .html, .jsonl, compare
/// batches) and of hostile command lines. The same seed gives the same inputs, so a failure can be replayed.
/// Every batch also holds good articles with known ids, so a run can check that nothing good was lost.
/// </summary>
internal sealed class HostileInputs(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Words =
        ["river", "council", "bridge", "closed", "minister", "said", "people", "killed", "rescue", "teams", "valley", "storm", "police", "court", "judge", "the", "of", "and", "to", "in"];

    /// <summary>The kinds of hostile file, each a generator.</summary>
    public static readonly string[] Kinds =
    [
        "binary", "broken-utf8", "nul-bytes", "huge-line", "digits", "absurd-numbers", "header-junk", "empty", "whitespace",
        "repeated-sentence", "stop-words", "many-quotes", "many-figures", "abbreviations", "unicode-soup", "long-word",
        "deep-html", "entity-bomb", "broken-html", "script-flood", "html-meta-junk",
        "broken-json", "deep-json", "lone-surrogates", "hostile-ids", "odd-json-fields", "huge-json-line",
    ];

    /// <summary>A good article: a short story with a known id (in its header) that every command must keep.</summary>
    public HostileFile Good(int n)
    {
        var id = $"good-{seed}-{n}";
        var topic = Words[_random.Next(0, 14)];
        var text = $"Id: {id}\nTitle: The {topic} story number {n}\nPublished: 2024-05-{1 + (n % 28):00}T09:00:00Z\n\n" +
                   $"The {topic} in Varnia was the subject of a long meeting of the town council on Tuesday, officials said. " +
                   $"\"We will decide on the {topic} by Friday,\" the mayor told reporters. About {10 + n} people attended.\n";
        return new HostileFile($"{id}.txt", Encoding.UTF8.GetBytes(text), "good");
    }

    /// <summary>One hostile file of the given kind; <paramref name="big"/> makes the blow-up kinds full size.</summary>
    public HostileFile Make(string kind, int n, bool big)
    {
        var scale = big ? 1.0 : 0.005;
        var name = OddName(n);
        return kind switch
        {
            "binary" => File(name, ".txt", Bytes(_random.Next(1, 20_000)), kind),
            "broken-utf8" => File(name, ".txt", [.. Encoding.UTF8.GetBytes(Sentence()), 0xC3, 0x28, 0xED, 0xA0, 0x80, 0xF8, .. Encoding.UTF8.GetBytes(Sentence())], kind),
            "nul-bytes" => Text(name, ".txt", Sentence() + new string('\0', _random.Next(1, 100)) + Sentence(), kind),
            "huge-line" => Text(name, ".txt", string.Concat(Enumerable.Repeat(Sentence(), (int)(40_000 * scale) + 1)).Replace("\n", " ", StringComparison.Ordinal), kind),
            "digits" => Text(name, ".txt", $"Officials said {new string('9', (int)(200_000 * scale) + 50)} people and {Repeat("1,000,", 500)}1 more were hurt.", kind),
            "absurd-numbers" => Text(name, ".txt", $"Police said 1e308 people, {Repeat("trillion ", 60)}dead, -0 hurt, NaN missing, 1.7976931348623157E+308 injured and 0.{new string('0', 400)}1 km.", kind),
            "header-junk" => Text(name, ".txt", $"Id: {HostileId()}\nPublished: {Pick("9999-99-99", "0001-01-01T00:00:00+14:00", "-1", "2024-02-30", new string('9', 300))}\nTitle: {new string('T', 5000)}\nSource: \u0000\n\n{Sentence()}", kind),
            "empty" => File(name, ".txt", [], kind),
            "whitespace" => Text(name, ".txt", new string(' ', 100) + "\r\n\t\u00a0\u2028\u3000", kind),
            "repeated-sentence" => Text(name, ".txt", "Title: R\n\n" + Repeat("The town council closed the old stone bridge after the river rose by two metres. ", (int)(4_000 * scale) + 2), kind),
            "stop-words" => Text(name, ".txt", Repeat("the of and to in ", (int)(1_600 * scale) + 2), kind),
            "many-quotes" => Text(name, ".txt", string.Join(" ", Enumerable.Range(0, (int)(6_000 * scale) + 2).Select(i => $"\"We will rebuild school number {i},\" the mayor said.")), kind),
            "many-figures" => Text(name, ".txt", string.Join(" ", Enumerable.Range(0, (int)(20_000 * scale) + 2).Select(i => $"Officials said {i * 7 + 3} people were hurt.")), kind),
            "abbreviations" => Text(name, ".txt", Repeat("Mr. A. B. C. D. Smith of the U.S. said so. ", (int)(10_000 * scale) + 2), kind),
            "unicode-soup" => Text(name, ".txt", UnicodeSoup(_random.Next(100, 5_000)), kind),
            "long-word" => Text(name, ".txt", Sentence() + new string('x', (int)(1_000_000 * scale) + 10) + " " + Sentence(), kind),
            "deep-html" => Text(name, ".html", "<html><body>" + Repeat(Pick("<div>", "<span>", "<b>", "<table><tr><td>", "<ul><li>", "<a href=x>"), (int)(200_000 * scale) + 10) + "<p>" + Sentence() + "</p></body></html>", kind),
            "entity-bomb" => Text(name, ".html", "<html><body><p>" + Repeat(Pick("&amp;", "&#0;", "&#x10FFFF;", "&#xD800;", "&#99999999999;", "&nbsp;", "&notanentity;", "&"), (int)(100_000 * scale) + 10) + Sentence() + "</p></body></html>", kind),
            "broken-html" => Text(name, ".html", Pick("<html><body><p>", "<p>", "<<<<>>>>", "<!-- ", "<script>", "<![CDATA[", "</html><html>", "<p class='") + Sentence() + Pick("", "</div></div></div>", "<", "<p", "-->", "]]>"), kind),
            "script-flood" => Text(name, ".html", "<html><head><script>" + Repeat("var a = '<p>not text</p>';", (int)(50_000 * scale) + 5) + "</script></head><body><p>" + Sentence() + "</p></body></html>", kind),
            "html-meta-junk" => Text(name, ".html", $"<html><head><meta property='article:published_time' content='{Pick("99999-01-01", "NaN", "")}'><title>{new string('t', 10_000)}</title><link rel=canonical href='{new string('/', 5000)}'></head><body><article><p>{Sentence()}</p></article></body></html>", kind),
            "broken-json" => Text(name, ".jsonl", Pick("{", "{\"id\": ", "[1,2", "{\"text\": \"a\" \"b\"}", "null", "42", "\"text\"", "{\"id\":\"x\",\"text\":\"" + Sentence()) + "\n{\"id\":\"" + $"ok-{n}" + "\",\"text\":\"" + Sentence() + "\"}\n", kind),
            "deep-json" => Text(name, ".jsonl", Repeat("[", (int)(100_000 * scale) + 100) + Repeat("]", (int)(100_000 * scale) + 100) + "\n" + "{\"id\":\"d\",\"text\":" + Repeat("{\"a\":", 2_000) + "1" + Repeat("}", 2_000) + "}\n", kind),
            "lone-surrogates" => Text(name, ".jsonl", $"{{\"id\":\"s\\ud800-{n}\",\"title\":\"\\udfff\",\"text\":\"{Sentence()} \\ud800 \\udc00\\ud800 and \\udbff.\"}}\n", kind),
            "hostile-ids" => Text(name, ".jsonl", string.Join("\n", Enumerable.Range(0, 8).Select(i => $"{{\"id\":{HostileJsonId()},\"text\":\"{Sentence()}\",\"published\":\"{Pick("2024-01-01", "x", "")}\"}}")) + "\n", kind),
            "odd-json-fields" => Text(name, ".jsonl", Pick("{\"id\":\"o\",\"text\":42}", "{\"id\":\"o\",\"text\":[\"a\"]}", "{\"id\":\"o\",\"html\":null,\"text\":\"" + Sentence() + "\"}", "{\"id\":\"o\",\"id\":\"p\",\"text\":\"" + Sentence() + "\"}", "{\"text\":\"" + Sentence() + "\",\"published\":12}", "{\"id\":\"o\",\"text\":\"" + Sentence() + "\",\"url\":{}}") + "\n", kind),
            "huge-json-line" => Text(name, ".jsonl", "{\"id\":\"h\",\"text\":\"" + Repeat("The council met again. ", (int)(200_000 * scale) + 10) + "\"}\n", kind),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kind"),
        };
    }

    /// <summary>A hostile command line for one of the commands, over the batch folder and its store.</summary>
    public string[] CommandLine(string folder, string db)
    {
        var value = Pick("", "-", "--", "@x.txt", "#", "#-1", "-1", "99999999999999999999", "nan", new string('a', 5000), "\u0000", Path.Combine(folder, "nothing", ".."), "/dev/null", "/dev/zero", folder, db, Path.Combine(folder, "missing", "x"));
        return _random.Next(12) switch
        {
            0 => ["extract", value, "--json"],
            1 => ["compare", value, value],
            2 => ["compare", "--batch", value, "--json"],
            3 => ["ingest", value, "--db", Pick(db, value)],
            4 => ["analyze", value, "--db", Pick(db, value)],
            5 => ["stories", "--db", value, "--json"],
            6 => ["story", value, "--db", db, "--json"],
            7 => ["trace", value, "--db", db],
            8 => ["lexicon", "learn", "--batch", value, "--out", value],
            9 => ["eval", Pick("meter", "pan", "msrp", "ecb", "stemmer", "meter-stories"), value],
            10 => [Pick("extract", "story", "stories", "analyze"), "--json", "--json", "--db", "--db"],
            _ => ["compare", "--lexicon", value, value, value],
        };
    }

    public T Pick<T>(params T[] options) => options[_random.Next(options.Length)];

    public int Next(int max) => _random.Next(max);

    private string Sentence()
    {
        var words = Enumerable.Range(0, _random.Next(6, 16)).Select(_ => Words[_random.Next(Words.Length)]);
        return "The " + string.Join(' ', words) + " on Tuesday, officials said. ";
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * Math.Max(times, 0)).Insert(0, text, Math.Max(times, 0)).ToString();

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    private string UnicodeSoup(int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var c = _random.Next(6) switch
            {
                0 => (char)_random.Next(0x300, 0x370), // combining marks
                1 => (char)_random.Next(0x590, 0x700), // right-to-left scripts
                2 => (char)_random.Next(0x4E00, 0x4F00),
                3 => Pick('“', '”', '«', '»', '„', '"', '\'', '‘', '’', '.', ',', ':', '\u200b', '\u202e', '\ufeff'),
                4 => ' ',
                _ => (char)_random.Next('a', 'z' + 1),
            };
            builder.Append(c);
        }
        return builder.ToString();
    }

    private string HostileId() => Pick("", "#12", "@x", "../../etc/passwd", new string('i', 10_000), "a\tb", " ", "id with spaces", "\u202eevil", "1");

    private string HostileJsonId() => Pick("\"\"", "\"#1\"", "null", "{}", "[1]", "1e308", "-0", "99999999999999999999999", "\"\\u0000\"", "\"" + new string('i', 10_000) + "\"", "true");

    private string OddName(int n) => Pick($"f{n}", $"@x{n}", $"-dash{n}", $"sp ace {n}", $"ünï{n}", $"#{n}", $"new\nline{n}", new string('l', 200) + n);

    private static HostileFile File(string name, string extension, byte[] bytes, string kind) => new(name + extension, bytes, kind);

    private static HostileFile Text(string name, string extension, string text, string kind) => new(name + extension, Encoding.UTF8.GetBytes(text), kind);

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
