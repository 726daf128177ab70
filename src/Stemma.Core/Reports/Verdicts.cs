using Stemma.Judgement;

namespace Stemma.Reports;

/// <summary>The words the command line and its JSON use for verdicts: <c>wholly</c>, <c>partially</c>, <c>none</c>.</summary>
internal static class Verdicts
{
    public static string Name(Verdict verdict) => verdict.ToString().ToLowerInvariant();
}
