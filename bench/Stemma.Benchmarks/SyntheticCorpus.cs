using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Stemma.Benchmarks;

/// <summary>
/// Makes news-like corpora of any size for ingest benchmarks and tests: stories, each with a wire article,
/// copies derived from it (sentences kept, dropped, reworded, with a line of their own) and independent
/// reports of the same event in other words. Articles are METER-sized (about 350 words). The same seed
/// gives the same corpus. Words are made-up syllable strings, so no real text is copied.
/// </summary>
public sealed class SyntheticCorpus(int seed = 1)
{
    private static readonly string[] Syllables = ["ka", "ro", "mi", "ten", "vel", "sa", "dor", "lin", "qua", "pe", "ston", "ri", "bal", "nu", "gor", "fe", "tal", "vi", "mon", "zel"];

    private static readonly string[] Common =
    [
        "the", "a", "of", "to", "in", "and", "said", "on", "for", "was", "with", "after", "officials", "police", "court",
        "government", "people", "city", "week", "report", "minister", "told", "year", "local", "new", "statement",
    ];

    private readonly Random _random = new(seed);

    /// <summary>
    /// Writes <paramref name="articles"/> articles as JSON lines (id, title, source, published, text) into
    /// <paramref name="folder"/>, <paramref name="perFile"/> a file (one feed file a day, say; a reader refuses
    /// single files over 32 MB).
    /// </summary>
    public void WriteJsonLines(string folder, int articles, int perFile = 5000, int skip = 0)
    {
        Directory.CreateDirectory(folder);
        StreamWriter? writer = null;
        var written = 0;
        try
        {
            foreach (var article in Articles(articles).Skip(skip))
            {
                if (written++ % perFile == 0)
                {
                    writer?.Dispose();
                    writer = new StreamWriter(Path.Combine(folder, $"feed-{written / perFile:D4}.jsonl"), false, new UTF8Encoding(false));
                }
                writer!.WriteLine(JsonSerializer.Serialize(article));
            }
        }
        finally
        {
            writer?.Dispose();
        }
    }

    /// <summary>Writes <paramref name="articles"/> articles as .txt files with headers, one folder per story.</summary>
    public void WriteTextFiles(string folder, int articles)
    {
        foreach (var article in Articles(articles))
        {
            var path = Path.Combine(folder, article.id.Split('-')[0], article.id + ".txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"Title: {article.title}\nSource: {article.source}\nPublished: {article.published}\n\n{article.text}\n");
        }
    }

    /// <summary>The corpus, story by story, in publication order within each story.</summary>
    public IEnumerable<SyntheticArticle> Articles(int count)
    {
        var made = 0;
        for (var story = 0; made < count; story++)
        {
            var day = new DateTimeOffset(2020, 1, 1, 6, 0, 0, TimeSpan.Zero).AddDays(story / 40.0);
            var names = Enumerable.Range(0, 6).Select(_ => Capitalised(Word(3))).ToArray();
            var topic = Enumerable.Range(0, 40).Select(_ => Word(2)).ToArray();
            var wire = Enumerable.Range(0, 18).Select(_ => Sentence(names, topic)).ToList();
            var members = 2 + _random.Next(6);
            for (var m = 0; m < members && made < count; m++, made++)
            {
                var kind = m == 0 ? "wire" : _random.NextDouble() < 0.75 ? "copy" : "report";
                var sentences = kind switch
                {
                    "wire" => wire,
                    "copy" => Copy(wire, names, topic),
                    _ => Enumerable.Range(0, 16).Select(_ => Sentence(names, topic)).ToList(),
                };
                var text = string.Join("\n\n", Paragraphs(sentences));
                yield return new SyntheticArticle(
                    $"s{story:D6}-{m:D2}",
                    $"{names[0]} {topic[0]} {topic[1]} in {names[1]}",
                    $"Source {m % 9}",
                    day.AddMinutes(m * 45).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    text);
            }
        }
    }

    private List<string> Copy(List<string> wire, string[] names, string[] topic)
    {
        var copy = new List<string>();
        foreach (var sentence in wire)
        {
            var roll = _random.NextDouble();
            if (roll < 0.2)
            {
                continue; // dropped
            }
            copy.Add(roll < 0.45 ? Reword(sentence) : sentence);
        }
        copy.Insert(Math.Min(copy.Count, 3), Sentence(names, topic));
        return copy;
    }

    private string Reword(string sentence)
    {
        var words = sentence.TrimEnd('.').Split(' ');
        var i = 1 + _random.Next(Math.Max(1, words.Length - 1));
        words[Math.Min(i, words.Length - 1)] = Word(2);
        return string.Join(' ', words) + ".";
    }

    private string Sentence(string[] names, string[] topic)
    {
        var length = 14 + _random.Next(10);
        var words = new List<string>(length);
        for (var i = 0; i < length; i++)
        {
            var roll = _random.NextDouble();
            words.Add(roll < 0.1 ? names[_random.Next(names.Length)]
                : roll < 0.45 ? topic[_random.Next(topic.Length)]
                : roll < 0.55 ? Word(2 + _random.Next(2))
                : Common[_random.Next(Common.Length)]);
        }
        if (_random.NextDouble() < 0.3)
        {
            words.Insert(_random.Next(words.Count), (_random.Next(1, 5000)).ToString(CultureInfo.InvariantCulture));
        }
        return Capitalised(string.Join(' ', words)) + ".";
    }

    private IEnumerable<string> Paragraphs(List<string> sentences)
    {
        for (var i = 0; i < sentences.Count; i += 2)
        {
            yield return string.Join(' ', sentences.Skip(i).Take(2));
        }
    }

    private string Word(int syllables)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            builder.Append(Syllables[_random.Next(Syllables.Length)]);
        }
        return builder.ToString();
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>One synthetic article, with the fields of Stemma's JSON lines input.</summary>
public sealed record SyntheticArticle(string id, string title, string source, string published, string text);
