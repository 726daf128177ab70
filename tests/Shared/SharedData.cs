namespace Stemma;

/// <summary>Finds ../shared (the seeds and the labelled corpora) beside the repository, when it is there.</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static string? Directory => Root.Value;

    public static string? Seeds => Sub("seeds");

    public static string? EvalData(string name) => Sub(Path.Combine("eval-data", name));

    /// <summary>Why a test that needs ../shared/<paramref name="folder"/> is skipped, or null when the folder is there.</summary>
    public static string? SkipReason(string folder) =>
        Directory is { } root && System.IO.Directory.Exists(Path.Combine(root, folder))
            ? null
            : $"../shared/{folder} is absent (set STEMMA_SHARED to its location to run this test).";

    private static string? Sub(string relative)
    {
        if (Root.Value is null)
        {
            return null;
        }
        var path = Path.Combine(Root.Value, relative);
        return System.IO.Directory.Exists(path) ? path : null;
    }

    private static string? FindRoot()
    {
        var explicitRoot = Environment.GetEnvironmentVariable("STEMMA_SHARED");
        if (!string.IsNullOrEmpty(explicitRoot) && System.IO.Directory.Exists(explicitRoot))
        {
            return explicitRoot;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stemma.slnx")))
            {
                var shared = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                return System.IO.Directory.Exists(shared) ? shared : null;
            }
        }
        return null;
    }
}

/// <summary>
/// A fact that needs a folder of ../shared (for example <c>"seeds"</c> or <c>"eval-data/snowball-english"</c>);
/// it is reported as skipped, with the reason, when that folder is absent.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string folder) => Skip = SharedData.SkipReason(folder);
}

/// <summary>A theory that needs a folder of ../shared; skipped with the reason when that folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string folder) => Skip = SharedData.SkipReason(folder);
}
