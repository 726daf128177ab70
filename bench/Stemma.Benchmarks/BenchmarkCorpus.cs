using Stemma.Reading;

namespace Stemma.Benchmarks;

/// <summary>The articles the benchmarks run over: the repository's samples and, when present, ../shared/seeds.</summary>
internal static class BenchmarkCorpus
{
    public static IReadOnlyList<SourceDocument> Load()
    {
        var root = FindRepositoryRoot();
        var paths = new List<string> { Path.Combine(root, "samples") };
        var seeds = Path.Combine(root, "..", "shared", "seeds");
        if (Directory.Exists(seeds))
        {
            paths.Add(seeds);
        }
        var read = new CorpusReader().Read(paths);
        if (read.Documents.Count == 0)
        {
            throw new InvalidOperationException($"No articles found under {string.Join(", ", paths)}.");
        }
        return read.Documents;
    }

    /// <summary>UTF-8 bytes of all originals: the numerator of MB/s.</summary>
    public static long Bytes(IReadOnlyList<SourceDocument> documents) =>
        documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Original));

    /// <summary>
    /// The labelled web pages of ../shared/eval-data/web-extraction (990 real pages, 143 MB), decoded as
    /// <c>stemma extract</c> reads them; empty when the folder is absent.
    /// </summary>
    public static IReadOnlyList<SourceDocument> LoadWebPages()
    {
        var pages = Path.Combine(FindRepositoryRoot(), "..", "shared", "eval-data", "web-extraction", "pages");
        return Directory.Exists(pages) ? new CorpusReader().Read([pages]).Documents : [];
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stemma.slnx")))
            {
                return dir.FullName;
            }
        }
        var cwd = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(cwd, "Stemma.slnx")) ? cwd : throw new InvalidOperationException("Run the benchmarks from the repository.");
    }
}
