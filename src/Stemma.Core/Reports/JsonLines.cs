using System.Text.Json;

namespace Stemma.Reports;

/// <summary>How every command writes JSON: one compact object a line, non-ASCII text left readable.</summary>
internal static class JsonLines
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
