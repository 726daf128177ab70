namespace Stemma;

/// <summary>Paths inside the repository, found from the test binaries.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The demo corpus written for the project.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stemma.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Cannot find the repository root (Stemma.slnx) above the test binaries.");
    }
}
