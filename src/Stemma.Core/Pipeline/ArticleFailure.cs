namespace Stemma.Pipeline;

/// <summary>
/// An unexpected failure of one stage on one item (an article, a story, a comparison): the item is skipped,
/// the batch goes on, and this says which item, which stage and what went wrong. The exception is kept for
/// a <c>--verbose</c> stack trace; it is never shown to a user by default.
/// </summary>
public sealed record ArticleFailure(string Item, string Stage, Exception Exception)
{
    /// <summary>The exception's type name without its namespace ("ArgumentOutOfRangeException").</summary>
    public string ExceptionType => Exception.GetType().Name;

    /// <summary>One line: <c>ITEM: skipped: STAGE failed (ExceptionType: message)</c>.</summary>
    public override string ToString() => $"{Item}: skipped: {Stage} failed ({ExceptionType}: {FirstLine(Exception.Message)})";

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        var line = end < 0 ? message : message[..end];
        return line.Length > 200 ? line[..200] + "…" : line;
    }
}

/// <summary>Runs one stage on one item and turns an unexpected exception into an <see cref="ArticleFailure"/>.</summary>
public static class ArticleGuard
{
    /// <summary>
    /// The stage's result, or <paramref name="fallback"/> with the failure added to <paramref name="failures"/>.
    /// Cancellation is not a failure and passes through; so do errors no code can recover from
    /// (<see cref="StackOverflowException"/> cannot be caught at all, which is why the stages bound their input).
    /// </summary>
    public static T Run<T>(string item, string stage, Func<T> work, T fallback, ICollection<ArticleFailure> failures)
    {
        try
        {
            return work();
        }
        catch (Exception error) when (IsRecoverable(error))
        {
            lock (failures)
            {
                failures.Add(new ArticleFailure(item, stage, error));
            }
            return fallback;
        }
    }

    /// <summary>Whether an exception is a fault of one item's processing rather than of the process.</summary>
    public static bool IsRecoverable(Exception error) =>
        error is not (OperationCanceledException or ThreadInterruptedException or AccessViolationException);
}
