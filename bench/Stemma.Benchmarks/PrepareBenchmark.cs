using System.Diagnostics;
using System.Globalization;
using System.Text;
using Stemma.Pipeline;
using Stemma.Reading;
using Stemma.Sketching;

namespace Stemma.Benchmarks;

/// <summary>
/// Ingest's prepare stage alone (extract, segment, sketch, profile; the documents are read beforehand) over a
/// corpus, one worker, PASSES times: prints its CPU and allocations a pass and a digest of everything it
/// produces (clean text, paragraphs, removed lines, offsets, sentences, band keys, story profiles, hashes), so
/// a change meant to make it cheaper can be shown to leave its output byte-identical. The digest is worked
/// out outside the measured time.
/// </summary>
internal static class PrepareBenchmark
{
    public static int Run(string[] paths, int passes)
    {
        var options = IngestOptions.Default with { Workers = 1 };
        var batches = new IngestBatches(options);
        var read = batches.Read(CorpusReader.Files(paths).ToList(), CancellationToken.None).ToList();
        var digest = 0UL;
        var cpu = TimeSpan.Zero;
        long allocated = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            digest = 0;
            foreach (var batch in read)
            {
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var allocatedBefore = GC.GetTotalAllocatedBytes(true);
                var prepared = batches.Prepare(batch, _ => null);
                allocated += GC.GetTotalAllocatedBytes(true) - allocatedBefore;
                cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                digest = StableHash.Combine(digest, Digest(prepared));
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PREPARE docs {read.Sum(b => b.Documents.Count)} cpu {cpu.TotalSeconds / passes:F3} s/pass alloc {allocated / passes / 1e6:F0} MB/pass digest {digest:x16}"));
        return 0;
    }

    private static ulong Digest(IngestBatch batch)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in batch.Diagnostics)
        {
            text.Append(diagnostic).Append('\u0001');
        }
        foreach (var item in batch.Items)
        {
            text.Append(item.Key).Append('\u0001').Append(item.OriginalHash).Append('\u0001');
            if (item.Prepared is not { } prepared)
            {
                text.Append("none\u0001");
                continue;
            }
            var article = prepared.Article;
            text.Append(article.Text).Append('\u0001').Append(prepared.Title).Append('\u0001').Append(prepared.ContentHash).Append('\u0001');
            text.AppendJoin(',', article.Paragraphs).Append('\u0001').AppendJoin(',', article.Removed).Append('\u0001');
            // The offset map, sampled: short spans every seventh character.
            for (var at = 0; at <= article.Text.Length; at += 7)
            {
                var (start, length) = article.Map.ToOriginal(at, Math.Min(5, article.Text.Length - at));
                text.Append(start).Append(':').Append(length).Append(',');
            }
            foreach (var sentence in prepared.Sentences)
            {
                text.Append(sentence.OriginalOffset).Append(':').Append(sentence.OriginalLength).Append('[').AppendJoin(',', sentence.Bands).Append(']');
            }
            foreach (var term in prepared.Features.Terms)
            {
                text.Append(term.Key).Append('=').Append(term.Weight.ToString("R", CultureInfo.InvariantCulture)).Append(';');
            }
            text.Append(prepared.Features.Published?.ToString("o", CultureInfo.InvariantCulture)).Append('\u0001');
        }
        return StableHash.Of(text.ToString());
    }
}
