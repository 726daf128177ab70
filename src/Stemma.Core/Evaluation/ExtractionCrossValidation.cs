using System.Globalization;
using Stemma.Extraction;
using Stemma.Pipeline;
using Stemma.Reading;

namespace Stemma.Evaluation;

/// <summary>One fold's held-out pages: their figures with the built-in weights and with the weights chosen without them.</summary>
public sealed record ExtractionFold(int Number, int Sites, ExtractionCounts BuiltIn, ExtractionCounts Chosen, IReadOnlyList<string> Choices);

/// <summary>
/// The cross-validated figure of the extraction cascade's measured weights: <see cref="InSample"/> is the whole
/// set with the built-in weights (chosen on that same set); <see cref="HeldOut"/> sums each fold's pages scored
/// with weights chosen on the other folds only.
/// </summary>
public sealed record ExtractionCrossValidationResult(ExtractionCounts InSample, ExtractionCounts HeldOut, IReadOnlyList<ExtractionFold> Folds, int Weights, int Settings);

/// <summary>
/// K-fold cross-validation of <see cref="CascadeWeights"/> on a labelled web-extraction set, folds by site (a
/// site's pages never train and test at once). On the training folds each weight is chosen again from its grid
/// (the built-in value and one lower and one higher, the others held at their built-in values: one weight at a
/// time, as they were set by hand), then the fold is scored with the weights so chosen. Every run extracts
/// exactly as <c>stemma extract</c> does, with only the weights changed.
/// </summary>
public static class ExtractionCrossValidation
{
    private sealed record Knob(string Name, Func<CascadeWeights, object> Get, Func<CascadeWeights, object, CascadeWeights> Set, object[] Values);

    /// <summary>Each measured weight with a lower and a higher value around its built-in one.</summary>
    private static readonly Knob[] Grid =
    [
        new("NameWeight", w => w.NameWeight, (w, v) => w with { NameWeight = (double)v }, [12.5, 40.0]),
        new("NameWeightText", w => w.NameWeightText, (w, v) => w with { NameWeightText = (double)v }, [500.0, 2000.0]),
        new("RivalShare", w => w.RivalShare, (w, v) => w with { RivalShare = (double)v }, [0.35, 0.7]),
        new("MinRivals", w => w.MinRivals, (w, v) => w with { MinRivals = (int)v }, [1, 3]),
        new("SiblingShare", w => w.SiblingShare, (w, v) => w with { SiblingShare = (double)v }, [0.1, 0.35]),
        new("MinorShare", w => w.MinorShare, (w, v) => w with { MinorShare = (double)v }, [0.3, 0.7]),
        new("EndShare", w => w.EndShare, (w, v) => w with { EndShare = (double)v }, [0.5, 0.8]),
        new("ScrapChars", w => w.ScrapChars, (w, v) => w with { ScrapChars = (int)v }, [30, 60]),
        new("ParagraphChars", w => w.ParagraphChars, (w, v) => w with { ParagraphChars = (int)v }, [60, 150]),
        new("PromptChars", w => w.PromptChars, (w, v) => w with { PromptChars = (int)v }, [200, 400]),
    ];

    public static ExtractionCrossValidationResult Run(string directory, int folds = 5, TextPipelineOptions? options = null)
    {
        if (folds < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds, "Cross-validation needs at least 2 folds.");
        }
        options ??= TextPipelineOptions.Default;
        var set = ExtractionEvaluation.LabelledSet.Read(directory, options);
        var documents = new CorpusReader(options.Reading).Read(set.Files).Documents;
        var foldOf = FoldsBySite(set.Labels, folds);
        var builtIn = options.Extraction.Weights;

        // Every setting of the grid, one weight moved at a time, run once over the whole set.
        var settings = new List<CascadeWeights> { builtIn };
        foreach (var knob in Grid)
        {
            settings.AddRange(knob.Values.Select(v => knob.Set(builtIn, v)));
        }
        var runs = RunAll(settings, set, documents, options);

        var heldOut = new List<ExtractionPage>();
        var perFold = new List<ExtractionFold>();
        var chosenRuns = new Dictionary<CascadeWeights, List<ExtractionPage>> { [builtIn] = runs[0] };
        for (var fold = 0; fold < folds; fold++)
        {
            var f = fold;
            bool Train(int page) => foldOf[page] != f;
            var chosen = builtIn;
            var choices = new List<string>();
            var index = 1;
            foreach (var knob in Grid)
            {
                var best = (Value: knob.Get(builtIn), F1: F1(runs[0], Train));
                foreach (var value in knob.Values)
                {
                    var f1 = F1(runs[index++], Train);
                    if (f1 > best.F1)
                    {
                        best = (value, f1);
                    }
                }
                chosen = knob.Set(chosen, best.Value);
                if (!best.Value.Equals(knob.Get(builtIn)))
                {
                    choices.Add(string.Create(CultureInfo.InvariantCulture, $"{knob.Name} {best.Value}"));
                }
            }
            if (!chosenRuns.TryGetValue(chosen, out var chosenPages))
            {
                chosenPages = RunAll([chosen], set, documents, options)[0];
                chosenRuns[chosen] = chosenPages;
            }
            var test = Enumerable.Range(0, set.Labels.Count).Where(p => foldOf[p] == f).ToList();
            heldOut.AddRange(test.Select(p => chosenPages[p]));
            var sites = test.Select(p => Site(set.Labels[p].Url)).Distinct(StringComparer.Ordinal).Count();
            perFold.Add(new ExtractionFold(fold + 1, sites, ExtractionCounts.Sum(test.Select(p => runs[0][p])), ExtractionCounts.Sum(test.Select(p => chosenPages[p])), choices));
        }
        return new ExtractionCrossValidationResult(ExtractionCounts.Sum(runs[0]), ExtractionCounts.Sum(heldOut), perFold, Grid.Length, settings.Count + chosenRuns.Count - 1);
    }

    private static double F1(List<ExtractionPage> pages, Func<int, bool> include) =>
        ExtractionCounts.Sum(pages.Where((_, i) => include(i))).F1;

    /// <summary>Extracts the whole set once per setting (settings in parallel, results in input order).</summary>
    private static List<ExtractionPage>[] RunAll(IReadOnlyList<CascadeWeights> settings, ExtractionEvaluation.LabelledSet set, IReadOnlyList<SourceDocument> documents, TextPipelineOptions options)
    {
        var results = new List<ExtractionPage>[settings.Count];
        Parallel.For(0, settings.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var extracted = ExtractionEvaluation.Extract(documents, options with { Extraction = options.Extraction with { Weights = settings[i] } });
            results[i] = set.Score(extracted, documents);
        });
        return results;
    }

    /// <summary>
    /// Each page's fold: its site (the url's host without "www."; archived pages by the host archived) is
    /// dealt by <see cref="CrossValidationFolds"/>, so one site's pages share a fold and the folds are the same on every run.
    /// </summary>
    internal static int[] FoldsBySite(IReadOnlyList<ExtractionEvaluation.Labels> labels, int folds)
    {
        var foldOfSite = CrossValidationFolds.Deal(labels.Select(l => Site(l.Url)), folds);
        return [.. labels.Select(l => foldOfSite[Site(l.Url)])];
    }

    internal static string Site(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return url;
        }
        var host = uri.Host;
        // web.archive.org/web/2019.../https://example.com/...: the archived site is the site.
        if (host.EndsWith("archive.org", StringComparison.OrdinalIgnoreCase)
            && uri.AbsolutePath.IndexOf("http", StringComparison.OrdinalIgnoreCase) is var at and >= 0
            && Uri.TryCreate(uri.AbsolutePath[at..].Replace(":/", "://", StringComparison.Ordinal).Replace(":///", "://", StringComparison.Ordinal), UriKind.Absolute, out var archived))
        {
            host = archived.Host;
        }
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..].ToLowerInvariant() : host.ToLowerInvariant();
    }
}
