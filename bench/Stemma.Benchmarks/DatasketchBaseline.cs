using System.Diagnostics;
using System.Globalization;

namespace Stemma.Benchmarks;

/// <summary>
/// The reference the ingest benchmark is held to: datasketch's MinHashLSH (Python) over the same corpora —
/// word 3-shingles, a 128-permutation MinHash per document, a query and an insert of every document. Runs
/// only when <c>python3</c> can import datasketch; otherwise says so and prints the rates recorded in issue 15
/// on the development machine, which the README's ratios use.
/// </summary>
internal static class DatasketchBaseline
{
    /// <summary>datasketch's rates measured when issue 15 was filed (docs/s, the 2-core development machine).</summary>
    private static readonly Dictionary<string, double> Recorded = new()
    {
        ["pan13-train"] = 416, ["meter-dev"] = 565, ["ecbplus-dev"] = 406, ["synthetic 100,000"] = 656,
    };

    private const string Script = """
        import json, os, sys, time
        from datasketch import MinHash, MinHashLSH
        folder = sys.argv[1]
        docs = []
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                docs.extend(json.loads(line) for line in f if line.strip())
        start = time.perf_counter()
        lsh = MinHashLSH(threshold=0.5, num_perm=128)
        for i, doc in enumerate(docs):
            words = doc.get("text", "").lower().split()
            m = MinHash(num_perm=128)
            m.update_batch([" ".join(words[j:j + 3]).encode("utf-8") for j in range(max(1, len(words) - 2))])
            lsh.query(m)
            lsh.insert(str(i), m)
        print(len(docs) / (time.perf_counter() - start))
        """;

    public static void Compare(IReadOnlyList<(string Name, string Path)> corpora, IReadOnlyDictionary<string, double> stemmaRates)
    {
        var script = Path.Combine(Path.GetTempPath(), "stemma-datasketch-baseline.py");
        File.WriteAllText(script, Script);
        var available = Run("python3", ["-c", "import datasketch"]) is not null;
        if (!available)
        {
            Console.WriteLine("datasketch (Python) is not installed here: the side-by-side run is skipped; ratios below use the rates recorded in issue 15");
        }
        foreach (var (name, path) in corpora)
        {
            var rate = available && Run("python3", [script, path]) is { } output
                ? double.Parse(output.Trim(), CultureInfo.InvariantCulture)
                : Recorded.GetValueOrDefault(name);
            if (rate > 0 && stemmaRates.TryGetValue(name, out var stemma))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: stemma {stemma:F0} docs/s, datasketch {rate:F0} docs/s ({(available ? "measured now" : "recorded")}): {stemma / rate:F2}x"));
            }
        }
    }

    private static string? Run(string program, string[] args)
    {
        try
        {
            var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
