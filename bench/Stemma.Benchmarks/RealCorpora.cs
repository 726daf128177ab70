using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Stemma.Benchmarks;

/// <summary>
/// Writes the labelled corpora of <c>../shared/eval-data</c> as <c>.jsonl</c> files that <c>stemma ingest</c>
/// reads, so the ingest benchmark (and anyone timing <c>stemma ingest</c>) runs on real news text too:
/// PAN 2013 train (every suspicious and source text), METER dev (every text of <c>stories.tsv</c>, its date as
/// publication time) and ECB+ dev (undated). Nothing is copied into the repository; the files go to a folder
/// the caller names (a temporary folder by default).
/// </summary>
internal static class RealCorpora
{
    /// <summary>The corpora found under <paramref name="evalData"/>, each written once to a folder under <paramref name="folder"/>: name and folder.</summary>
    public static IReadOnlyList<(string Name, string File)> Write(string evalData, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<(string, string)>();
        void Add(string name, Func<IEnumerable<Record>> records)
        {
            // One folder per corpus, 1,000 texts a file: a reader refuses single files over 32 MB.
            var target = Path.Combine(folder, name);
            if (!Directory.Exists(target))
            {
                var partial = target + ".partial";
                if (Directory.Exists(partial))
                {
                    Directory.Delete(partial, recursive: true);
                }
                Directory.CreateDirectory(partial);
                foreach (var (chunk, index) in records().Chunk(1000).Select((c, i) => (c, i)))
                {
                    using var writer = new StreamWriter(Path.Combine(partial, $"part-{index:D4}.jsonl"), false, new UTF8Encoding(false));
                    foreach (var record in chunk)
                    {
                        writer.WriteLine(JsonSerializer.Serialize(record));
                    }
                }
                Directory.Move(partial, target);
            }
            written.Add((name, target));
        }
        var pan = Path.Combine(evalData, "pan13-train");
        if (Directory.Exists(pan))
        {
            Add("pan13-train", () => PanTexts(pan));
        }
        var meter = Path.Combine(evalData, "meter-dev");
        if (File.Exists(Path.Combine(meter, "stories.tsv")))
        {
            Add("meter-dev", () => MeterTexts(meter));
        }
        var ecb = Path.Combine(evalData, "ecbplus-dev", "ecbplus_docs.jsonl");
        if (File.Exists(ecb))
        {
            Add("ecbplus-dev", () => EcbTexts(ecb));
        }
        return written;
    }

    private static IEnumerable<Record> PanTexts(string folder) =>
        new[] { "susp", "src" }.SelectMany(part => Directory.GetFiles(Path.Combine(folder, part), "*.txt").Order(StringComparer.Ordinal))
            .Select(file => new Record(Path.GetFileNameWithoutExtension(file), Decode(File.ReadAllBytes(file)), null));

    private static IEnumerable<Record> MeterTexts(string folder)
    {
        foreach (var line in File.ReadLines(Path.Combine(folder, "stories.tsv")).Skip(1).Where(l => l.Length > 0))
        {
            var row = line.Split('\t');
            var date = DateTimeOffset.ParseExact(row[3], "dd.MM.yy", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            yield return new Record(row[0], Decode(File.ReadAllBytes(Path.Combine(folder, row[0]))).Replace("\r\n", "\n"), date.ToString("o", CultureInfo.InvariantCulture));
        }
    }

    private static IEnumerable<Record> EcbTexts(string file)
    {
        foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            yield return new Record(root.GetProperty("doc").GetString()!, root.GetProperty("text").GetString() ?? "", null);
        }
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8, else Latin-1 (older METER files).</summary>
    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    // Lower-case property names are the .jsonl fields stemma reads.
#pragma warning disable IDE1006
    private sealed record Record(string id, string text, string? published);
#pragma warning restore IDE1006
}
