namespace Stemma.Golden;

/// <summary>
/// Compares output people read with a reviewed file under tests/Stemma.Cli.Tests/Golden/. Run the tests with
/// STEMMA_UPDATE_GOLDEN=1 to rewrite the files after an intended change, then review the diff.
/// </summary>
internal static class GoldenFile
{
    public static string RepositoryRoot => Repository.Root;

    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(RepositoryRoot, "tests", "Stemma.Cli.Tests", "Golden", name);
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("STEMMA_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, normalised);
            return;
        }
        Assert.True(File.Exists(path), $"golden file {path} is missing; run with STEMMA_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(path), normalised);
    }
}
