using System.Text.Json;
using System.Text.Json.Nodes;

namespace Stemma.Reports;

/// <summary>How every command writes JSON: one compact object a line, non-ASCII text left readable.</summary>
internal static class JsonLines
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// One line of JSON that cannot fail to write: a number JSON cannot hold (infinity, NaN: a ratio of
    /// nothing, a figure past double's range) is written as <c>null</c> rather than throwing mid-output.
    /// </summary>
    public static string Write(JsonNode node)
    {
        ReplaceNonFinite(node);
        return node.ToJsonString(Options);
    }

    private static void ReplaceNonFinite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (IsNonFinite(child))
                    {
                        obj[key] = null;
                    }
                    else
                    {
                        ReplaceNonFinite(child);
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (IsNonFinite(array[i]))
                    {
                        array[i] = null;
                    }
                    else
                    {
                        ReplaceNonFinite(array[i]);
                    }
                }
                break;
        }
    }

    private static bool IsNonFinite(JsonNode? node) =>
        node is JsonValue value
        && ((value.TryGetValue<double>(out var d) && !double.IsFinite(d)) || (value.TryGetValue<float>(out var f) && !float.IsFinite(f)));
}
