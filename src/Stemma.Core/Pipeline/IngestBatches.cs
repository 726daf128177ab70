using System.Globalization;
using Stemma.Extraction;
using Stemma.Reading;
using Stemma.Sketching;
using Stemma.Storage;
using Stemma.Stories;

namespace Stemma.Pipeline;

/// <summary>An article made ready for clustering: its extraction, stored sentences, story profile, clean-text hash and the title it is shown by.</summary>
internal sealed record PreparedArticle(ExtractedArticle Article, IReadOnlyList<StoredSentence> Sentences, StoryFeatures Features, string ContentHash, string Title);

/// <summary>
/// One document of a batch: its identity and text hash, whether the store already held it unchanged when the
/// batch was prepared (then it was not extracted), and its preparation (null when extraction rejected it).
/// </summary>
internal sealed record IngestItem(SourceDocument Document, string Key, string OriginalHash, bool StoredUnchanged, PreparedArticle? Prepared);

/// <summary>A batch in input order, with the problems met reading and extracting it and how many files were read by its end.</summary>
internal sealed record IngestBatch(int Number, IReadOnlyList<IngestItem> Items, IReadOnlyList<ReadDiagnostic> Diagnostics, int FilesRead);

/// <summary>
/// The parallel half of an ingest: reads files in path order into batches (every <see cref="IngestOptions.BatchSize"/>
/// documents, and at least every 64 files, so batch boundaries depend on the input only), then extracts,
/// segments, sketches and profiles a batch's documents on worker threads. Nothing here depends on the
/// number of threads or on what other batches hold, so the ordered clustering stage sees the same batches
/// whatever the parallelism.
/// </summary>
internal sealed class IngestBatches(IngestOptions options)
{
    private const int FilesPerBatch = 64;

    /// <summary>The documents of <paramref name="files"/> cut into batches (not yet prepared), in input order.</summary>
    public IEnumerable<(int Number, List<SourceDocument> Documents, List<ReadDiagnostic> Diagnostics, int FilesRead)> Read(IReadOnlyList<string> files, CancellationToken cancellation)
    {
        var reader = new CorpusReader(options.Text.Reading);
        var documents = new List<SourceDocument>();
        var diagnostics = new List<ReadDiagnostic>();
        var number = 0;
        for (var i = 0; i < files.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            // Streamed: an archive (.warc.gz, .jsonl.gz) of any size is read one record at a time.
            foreach (var item in reader.Stream(files[i]))
            {
                if (item.Diagnostic is { } diagnostic)
                {
                    diagnostics.Add(diagnostic);
                    continue;
                }
                documents.Add(item.Document!);
                if (documents.Count >= options.BatchSize)
                {
                    yield return (number++, documents, diagnostics, i + 1);
                    (documents, diagnostics) = ([], []);
                }
            }
            if ((i == files.Count - 1 || (i + 1) % FilesPerBatch == 0) && (documents.Count > 0 || diagnostics.Count > 0))
            {
                yield return (number++, documents, diagnostics, i + 1);
                (documents, diagnostics) = ([], []);
            }
        }
    }

    /// <summary>
    /// Prepares a batch: documents the store already holds with the same text (<paramref name="storedHash"/>
    /// gives the stored text hash of a key) are not extracted; the rest are extracted together (boilerplate
    /// repeated within the batch is removed) and segmented, sketched and profiled in parallel.
    /// </summary>
    public IngestBatch Prepare(
        (int Number, List<SourceDocument> Documents, List<ReadDiagnostic> Diagnostics, int FilesRead) batch,
        Func<string, string?> storedHash)
    {
        var keys = batch.Documents.Select(KeyOf).ToArray();
        var hashes = batch.Documents.Select(OriginalHash).ToArray();
        var unchanged = new bool[keys.Length];
        var fresh = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            unchanged[i] = storedHash(keys[i]) == hashes[i];
            if (!unchanged[i])
            {
                fresh.Add(i);
            }
        }
        var diagnostics = new List<ReadDiagnostic>(batch.Diagnostics);
        var prepared = new PreparedArticle?[keys.Length];
        if (fresh.Count > 0)
        {
            var extraction = GuardedStages.Extract(new ArticleExtractor(options.Text.Extraction), [.. fresh.Select(i => batch.Documents[i])]);
            diagnostics.AddRange(extraction.Diagnostics);
            // Extraction keeps input order and drops rejected documents; an enriched document keeps its file and line.
            var owners = new int[extraction.Articles.Count];
            for (int a = 0, f = 0; a < owners.Length; a++)
            {
                var document = extraction.Articles[a].Document;
                while (batch.Documents[fresh[f]].File != document.File || batch.Documents[fresh[f]].Line != document.Line)
                {
                    f++;
                }
                owners[a] = fresh[f++];
            }
            // Error boundary per article: one the segmenter fails on is rejected with a diagnostic; the batch goes on.
            var failed = new ArticleFailure?[owners.Length];
            Parallel.For(0, owners.Length, new ParallelOptions { MaxDegreeOfParallelism = options.Workers }, a =>
            {
                var one = new List<ArticleFailure>(1);
                prepared[owners[a]] = ArticleGuard.Run<PreparedArticle?>(extraction.Articles[a].Document.Id, "segment", () => Prepare(extraction.Articles[a]), null, one);
                failed[a] = one.Count > 0 ? one[0] : null;
            });
            for (var a = 0; a < failed.Length; a++)
            {
                if (failed[a] is { } failure)
                {
                    diagnostics.Add(GuardedStages.Diagnostic(extraction.Articles[a].Document, failure));
                }
            }
        }
        var items = new IngestItem[keys.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = new IngestItem(batch.Documents[i], keys[i], hashes[i], unchanged[i], prepared[i]);
        }
        return new IngestBatch(batch.Number, items, diagnostics, batch.FilesRead);
    }

    /// <summary>Extracts and prepares one document on its own (a document the batch skipped, whose key this ingest has since changed).</summary>
    public PreparedArticle? PrepareAlone(SourceDocument document, List<ReadDiagnostic> diagnostics)
    {
        var extraction = new ArticleExtractor(options.Text.Extraction).Extract(document);
        diagnostics.AddRange(extraction.Diagnostics);
        return extraction.Articles.Count == 0 ? null : Prepare(extraction.Articles[0]);
    }

    private PreparedArticle Prepare(ExtractedArticle article)
    {
        var (sentences, features) = IngestPreparation.Prepare(article, options.Sketch);
        var title = article.Title ?? article.Document.Title ?? Headline(article.Text);
        return new PreparedArticle(article, sentences, features, Hash(article.Text), title);
    }

    /// <summary>An article without a title is shown by its first line (usually its headline), shortened.</summary>
    private static string Headline(string text)
    {
        var line = text.AsSpan().Trim();
        var end = line.IndexOf('\n');
        var first = (end < 0 ? line : line[..end]).Trim().ToString();
        return first.Length <= 100 ? first : first[..97] + "...";
    }

    /// <summary>
    /// An article's identity: its own id when the input gave one (a <c>Id:</c> header, a JSON <c>id</c>),
    /// otherwise its file's full path, with the line for JSON lines.
    /// </summary>
    public static string KeyOf(SourceDocument document)
    {
        var stem = Path.GetFileNameWithoutExtension(document.File);
        var implicitId = document.Line is { } line ? $"{stem}:{line.ToString(CultureInfo.InvariantCulture)}" : stem;
        if (document.Id != implicitId)
        {
            return "id:" + document.Id;
        }
        var path = Path.GetFullPath(document.File);
        return document.Line is { } at ? $"file:{path}:{at.ToString(CultureInfo.InvariantCulture)}" : "file:" + path;
    }

    private static string OriginalHash(SourceDocument document)
    {
        var hash = StableHash.Of(document.Original);
        foreach (var field in new[] { document.Title, document.Source, document.Url, document.Published?.ToString("o", CultureInfo.InvariantCulture) })
        {
            hash = StableHash.Combine(hash, StableHash.Of(field ?? "\0"));
        }
        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    private static string Hash(string text) => StableHash.Of(text).ToString("x16", CultureInfo.InvariantCulture);
}
