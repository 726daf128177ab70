namespace Stemma;

/// <summary>The one way options say what to fix: an out-of-range value names the option, its value and the rule.</summary>
internal static class OptionRules
{
    public static void Check(bool ok, string name, object value, string rule)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} {rule}.");
        }
    }
}
