namespace Stemma.Reading;

/// <summary>How serious a reading problem is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The item was read, but part of it was ignored (for example an unreadable date header).</summary>
    Warning,

    /// <summary>The item was not read; the rest of the batch goes on.</summary>
    Rejected,
}

/// <summary>A problem with one input item, with where it was found. Bad input is a value, never an exception.</summary>
public sealed record ReadDiagnostic(DiagnosticSeverity Severity, string File, int? Line, string Reason)
{
    public static ReadDiagnostic Rejected(string file, string reason, int? line = null) =>
        new(DiagnosticSeverity.Rejected, file, line, reason);

    public static ReadDiagnostic Warning(string file, string reason, int? line = null) =>
        new(DiagnosticSeverity.Warning, file, line, reason);

    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line}" : File;
        var label = Severity == DiagnosticSeverity.Rejected ? "rejected" : "warning";
        return $"{where}: {label}: {Reason}";
    }
}

/// <summary>The documents read from a batch of paths, and the problems met on the way.</summary>
public sealed record ReadResult(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<ReadDiagnostic> Diagnostics)
{
    public IEnumerable<ReadDiagnostic> Rejections => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Rejected);
}
