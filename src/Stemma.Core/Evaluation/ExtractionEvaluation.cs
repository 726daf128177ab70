using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Stemma.Extraction;
using Stemma.Pipeline;
using Stemma.Reading;

namespace Stemma.Evaluation;

/// <summary>Piece counts of main-text extraction, summed over pages (trafilatura's evaluation measure).</summary>
public sealed record ExtractionCounts(int Pages, int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double Accuracy => Ratio(TruePositives + TrueNegatives, TruePositives + FalseNegatives + FalsePositives + TrueNegatives);

    public double F1 => Ratio(2 * TruePositives, 2 * TruePositives + FalsePositives + FalseNegatives);

    public static ExtractionCounts Sum(IEnumerable<ExtractionPage> pages)
    {
        int n = 0, tp = 0, fn = 0, fp = 0, tn = 0;
        foreach (var page in pages)
        {
            n++;
            tp += page.WithFound;
            fn += page.WithPieces - page.WithFound;
            fp += page.WithoutFound;
            tn += page.WithoutPieces - page.WithoutFound;
        }
        return new ExtractionCounts(n, tp, fn, fp, tn);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>One page's result: how many of its main-text and boilerplate pieces the extraction holds.</summary>
public sealed record ExtractionPage(string File, string Language, int WithPieces, int WithFound, int WithoutPieces, int WithoutFound, bool HasOutput)
{
    /// <summary>The main-text pieces the output lacks (false negatives).</summary>
    public IReadOnlyList<string> Missed { get; init; } = [];

    /// <summary>The boilerplate pieces the output holds (false positives).</summary>
    public IReadOnlyList<string> Leaked { get; init; } = [];

    /// <summary>The page's article was not found at all: none of its main-text pieces is in the output.</summary>
    public bool NothingFound => WithFound == 0;
}

/// <summary>The whole set's figures, per language (from the page's <c>&lt;html lang&gt;</c>), and each page's.</summary>
public sealed record ExtractionEvaluationResult(ExtractionCounts Overall, IReadOnlyList<(string Language, ExtractionCounts Counts)> PerLanguage, IReadOnlyList<ExtractionPage> Pages, TimeSpan Elapsed, long HtmlBytes)
{
    public IEnumerable<ExtractionPage> NothingFound => Pages.Where(p => p.NothingFound);
}

/// <summary>
/// Main-text extraction on a labelled set of web pages laid out as trafilatura's evaluation set:
/// <c>evaldata.json</c> (<c>{url: {file, with: [...], without: [...]}}</c>) and <c>pages/FILE</c>. The measure is
/// trafilatura's: whitespace runs collapsed in the output and in each piece; a <c>with</c> piece found as a
/// substring is a true positive, a <c>without</c> piece found a false positive. The pages are read and
/// extracted as <c>stemma extract pages/</c> does (one batch, the default options).
/// </summary>
public static partial class ExtractionEvaluation
{
    public const string LabelsFile = "evaldata.json";
    public const string PagesFolder = "pages";

    internal sealed record Labels(string Url, string File, string[] With, string[] Without);

    public static ExtractionEvaluationResult Run(string directory, TextPipelineOptions? options = null)
    {
        options ??= TextPipelineOptions.Default;
        var set = LabelledSet.Read(directory, options);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var documents = new CorpusReader(options.Reading).Read(set.Files).Documents;
        var extracted = Extract(documents, options);
        var elapsed = clock.Elapsed;
        var pages = set.Score(extracted, documents);
        var perLanguage = pages.GroupBy(p => p.Language)
            .Select(g => (g.Key, ExtractionCounts.Sum(g)))
            .OrderByDescending(g => g.Item2.Pages).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var bytes = set.Files.Sum(f => File.Exists(f) ? new FileInfo(f).Length : 0);
        return new ExtractionEvaluationResult(ExtractionCounts.Sum(pages), perLanguage, pages, elapsed, bytes);
    }

    /// <summary>
    /// Extracts the pages as <c>stemma extract pages/</c> does: in the folder's (ordinal path) order, in the
    /// same batches (<see cref="DocumentBatches"/>), with the same options.
    /// </summary>
    internal static ExtractionResult Extract(IReadOnlyList<SourceDocument> documents, TextPipelineOptions options)
    {
        var extractor = new ArticleExtractor(options.Extraction);
        var articles = new List<ExtractedArticle>();
        var diagnostics = new List<ReadDiagnostic>();
        foreach (var batch in DocumentBatches.Cut(documents.OrderBy(d => d.File, StringComparer.Ordinal), options))
        {
            var result = extractor.ExtractAll(batch);
            articles.AddRange(result.Articles);
            diagnostics.AddRange(result.Diagnostics);
        }
        return new ExtractionResult(articles, diagnostics);
    }

    /// <summary>A labelled set: each page's url, file and pieces, in the labels' (url) order.</summary>
    internal sealed record LabelledSet(IReadOnlyList<Labels> Labels, IReadOnlyList<string> Files)
    {
        public static LabelledSet Read(string directory, TextPipelineOptions options)
        {
            var labels = ReadLabels(Path.Combine(directory, LabelsFile));
            var pagesFolder = Path.Combine(directory, PagesFolder);
            return new LabelledSet(labels, [.. labels.Select(l => Path.Combine(pagesFolder, l.File)).Distinct()]);
        }

        /// <summary>Each labelled page's counts against the extraction's output (trafilatura's measure).</summary>
        public List<ExtractionPage> Score(ExtractionResult extracted, IReadOnlyList<SourceDocument> documents)
        {
            var textByFile = extracted.Articles.ToDictionary(a => Path.GetFileName(a.Document.File), a => Normalise(a.Text), StringComparer.Ordinal);
            var documentByFile = documents.ToDictionary(d => Path.GetFileName(d.File), StringComparer.Ordinal);
            var pages = new List<ExtractionPage>(Labels.Count);
            foreach (var label in Labels)
            {
                var text = textByFile.GetValueOrDefault(label.File);
                var language = documentByFile.TryGetValue(label.File, out var document) ? Language(document.Original) : "?";
                var with = label.With.Select(Normalise).Where(p => p.Length > 0).ToList();
                var without = label.Without.Select(Normalise).Where(p => p.Length > 0).ToList();
                var missed = with.Where(p => text is null || !text.Contains(p, StringComparison.Ordinal)).ToList();
                var leaked = without.Where(p => text is not null && text.Contains(p, StringComparison.Ordinal)).ToList();
                pages.Add(new ExtractionPage(label.File, language, with.Count, with.Count - missed.Count, without.Count, leaked.Count, text is not null)
                {
                    Missed = missed,
                    Leaked = leaked,
                });
            }
            return pages;
        }
    }

    private static List<Labels> ReadLabels(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        var labels = new List<Labels>();
        foreach (var page in json.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            string[] Pieces(string name) => page.Value.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
                ? [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
                : [];
            var name = page.Value.TryGetProperty("file", out var f) ? f.GetString() : null;
            if (name is not null)
            {
                labels.Add(new Labels(page.Name, name, Pieces("with"), Pieces("without")));
            }
        }
        return labels;
    }

    /// <summary>Every run of whitespace becomes one space, trimmed (as trafilatura's evaluation does).</summary>
    internal static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"<html\b[^>]*?\blang\s*=\s*[""']?([A-Za-z]{2,3})(?![A-Za-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlLang();

    /// <summary>The page's declared language (two or three letters, lower case), or "?" when it declares none.</summary>
    internal static string Language(string html)
    {
        var match = HtmlLang().Match(html.Length > 20_000 ? html[..20_000] : html);
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : "?";
    }
}
