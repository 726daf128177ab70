using System.Diagnostics;
using System.Globalization;
using System.Text;
using Stemma.Reading;

namespace Stemma.Benchmarks;

/// <summary>
/// Writes a news-crawl WARC.gz of a given size, as Common Crawl's news crawl lays one out: a warcinfo
/// record, then a request and a response record per page, each record its own gzip member. Pages are
/// synthetic news pages (<see cref="SyntheticCorpus"/> articles inside a page of head, scripts, navigation,
/// related links and footer) of about 120 KB of HTML, like real news pages, and one response in 50 is an
/// image, as crawls hold. The same seed gives the same archive.
/// Usage: dotnet run -c Release --project bench/Stemma.Benchmarks -- warc FILE [MEGABYTES] (default 1000).
/// Then measure: /usr/bin/time -v ./stemma ingest FILE --db /tmp/warc.db
/// </summary>
internal static class WarcArchiveGenerator
{
    public static int Run(string file, long megabytes)
    {
        var clock = Stopwatch.StartNew();
        var target = megabytes * 1_000_000;
        var random = new Random(11);
        var corpus = new SyntheticCorpus(seed: 11);
        var vocabulary = Enumerable.Range(0, 3000).Select(i => Identifier(random)).ToArray();
        using var output = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        WarcRecordWriter.Write(output, [new("WARC-Type", "warcinfo"), new("WARC-Date", "2024-05-14T00:00:00Z")], "software: Stemma.Benchmarks WarcArchiveGenerator\r\nformat: WARC File Format 1.0\r\n"u8, gzipMember: true);
        var pages = 0;
        long html = 0;
        foreach (var article in corpus.Articles(int.MaxValue))
        {
            if (output.Position >= target)
            {
                break;
            }
            var uri = $"https://{article.source.Replace(' ', '-').ToLowerInvariant()}.example/{article.id}";
            var date = DateTimeOffset.Parse(article.published, CultureInfo.InvariantCulture);
            var id = $"{pages:D12}-0000-0000-0000-000000000000";
            WarcRecordWriter.Write(output, [new("WARC-Type", "request"), new("WARC-Target-URI", uri), new("WARC-Date", article.published)], Encoding.ASCII.GetBytes($"GET /{article.id} HTTP/1.1\r\nHost: example\r\n\r\n"), gzipMember: true);
            if (pages % 50 == 49)
            {
                var image = new byte[20_000];
                random.NextBytes(image);
                WarcRecordWriter.Write(output, WarcRecordWriter.ResponseHeaders(uri + ".jpg", date, id), WarcRecordWriter.HttpResponse("image/jpeg", image), gzipMember: true);
            }
            var page = Encoding.UTF8.GetBytes(Page(article, vocabulary, random));
            html += page.Length;
            WarcRecordWriter.Write(output, WarcRecordWriter.ResponseHeaders(uri, date, id), WarcRecordWriter.HttpResponse("text/html; charset=utf-8", page), gzipMember: true);
            pages++;
        }
        Console.WriteLine($"{file}: {pages:N0} pages, {html / 1e6:F0} MB of HTML, {output.Position / 1e6:F0} MB compressed, written in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    private static string Page(SyntheticArticle article, string[] vocabulary, Random random)
    {
        var page = new StringBuilder(130_000);
        page.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(article.title).Append("</title>")
            .Append("<meta property=\"og:site_name\" content=\"").Append(article.source).Append("\">")
            .Append("<meta property=\"article:published_time\" content=\"").Append(article.published).Append("\"><style>");
        Code(page, vocabulary, random, 8_000);
        page.Append("</style>");
        for (var i = 0; i < 4; i++)
        {
            page.Append("<script>");
            Code(page, vocabulary, random, 20_000);
            page.Append("</script>");
        }
        page.Append("</head><body><header class=\"site-header\"><nav class=\"menu\"><ul>");
        for (var i = 0; i < 80; i++)
        {
            page.Append("<li><a href=\"/").Append(vocabulary[random.Next(vocabulary.Length)]).Append("\">").Append(vocabulary[random.Next(vocabulary.Length)]).Append("</a></li>");
        }
        page.Append("</ul></nav></header><div class=\"content-sidebar-wrap\"><article class=\"post\"><h1>").Append(article.title).Append("</h1>");
        foreach (var paragraph in article.text.Split("\n\n"))
        {
            page.Append("<p>").Append(paragraph).Append("</p>");
        }
        page.Append("</article><aside class=\"sidebar\"><h3>Most read</h3><ul>");
        for (var i = 0; i < 20; i++)
        {
            page.Append("<li><a href=\"/r").Append(i).Append("\">").Append(vocabulary[random.Next(vocabulary.Length)]).Append(' ').Append(vocabulary[random.Next(vocabulary.Length)]).Append("</a></li>");
        }
        page.Append("</ul></aside></div><footer><p>Copyright 2024 ").Append(article.source).Append(". All rights reserved.</p></footer></body></html>");
        return page.ToString();
    }

    /// <summary>Script- or style-like text: identifiers, numbers and punctuation, compressing about as well as minified code.</summary>
    private static void Code(StringBuilder page, string[] vocabulary, Random random, int length)
    {
        var end = page.Length + length;
        while (page.Length < end)
        {
            // Code repeats a small set of names: minified scripts compress about four to one.
            page.Append(vocabulary[random.Next(CodeNames)]);
            page.Append(random.Next(8) switch { 0 => "(", 1 => ")", 2 => ".", 3 => "=", 4 => ";", 5 => ",", 6 => "{", _ => random.Next(10).ToString(CultureInfo.InvariantCulture) });
        }
    }

    private const int CodeNames = 60;

    private static string Identifier(Random random)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$";
        var length = 2 + random.Next(10);
        return string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = letters[r.Next(letters.Length)];
            }
        });
    }
}
