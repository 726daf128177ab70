using System.CommandLine;
using Stemma.Evaluation;

namespace Stemma.Cli.Commands;

/// <summary>
/// What every labelled-corpus task of <c>stemma eval</c> shares: compare's own options, a work folder
/// for the batch file it writes (and the texts it prepares), and scoring a saved
/// <c>stemma compare --batch --json</c> output instead of comparing. Prints the compare command that
/// gives the same answers, so the figures can be reproduced with compare alone.
/// </summary>
internal sealed class BatchTask(string name)
{
    private readonly CompareOptionSet _settings = new();

    private readonly Option<string?> _work = new("--work")
    {
        Description = "Keep the batch file (batch.tsv) and any prepared texts in this folder (default: a temporary folder, removed afterwards).",
    };

    private readonly Option<string?> _scores = new("--scores")
    {
        Description = "Score this saved output of 'stemma compare --batch WORK/batch.tsv --json' instead of comparing.",
    };

    public void AddTo(Command command)
    {
        _settings.AddTo(command);
        command.Options.Add(_work);
        command.Options.Add(_scores);
    }

    /// <summary>
    /// Prepares the batch with <paramref name="prepare"/> (it returns the batch file's path), compares
    /// it, or reads the saved answers, then hands them to <paramref name="report"/>.
    /// </summary>
    public int Run(ParseResult parse, Console2 console, int taskMinPassageChars, Func<string, string> prepare, Action<IReadOnlyList<ComparedPair>> report)
    {
        if (_settings.Build(parse, console, taskMinPassageChars) is not { } options)
        {
            return ExitCodes.BadInput;
        }
        var arguments = _settings.Arguments(parse, taskMinPassageChars);
        console.Out.WriteLine($"compare options: {(arguments.Length == 0 ? "none (compare's defaults)" : arguments)}");
        try
        {
            if (parse.GetValue(_scores) is { } saved)
            {
                if (!File.Exists(saved))
                {
                    console.Error.WriteLine($"{saved}: rejected: no such file");
                    return ExitCodes.BadInput;
                }
                report(EvalBatch.ReadOutput(saved));
                return ExitCodes.Ok;
            }
            var kept = parse.GetValue(_work);
            var work = kept ?? Path.Combine(Path.GetTempPath(), $"stemma-eval-{name}-{Environment.ProcessId}");
            try
            {
                var batch = prepare(work);
                var progress = new Progress<int>(done => console.Error.WriteLine($"{name}: {done:N0} pairs compared"));
                report(EvalBatch.Run(batch, options, progress));
                if (EmbeddingOption.Summary(options.Alignment) is { } embedded)
                {
                    console.Out.WriteLine(embedded);
                }
                var space = arguments.Length == 0 ? "" : " ";
                console.Out.WriteLine(kept is null
                    ? "same answers: stemma compare --batch WORK/batch.tsv --json" + space + arguments + " (give --work WORK to keep the batch file)"
                    : $"same answers: stemma compare --batch {batch} --json{space}{arguments} > answers.jsonl, then this command with --scores answers.jsonl");
            }
            finally
            {
                if (kept is null && Directory.Exists(work))
                {
                    Directory.Delete(work, recursive: true);
                }
            }
            return ExitCodes.Ok;
        }
        catch (InvalidDataException error)
        {
            console.Error.WriteLine(error.Message);
            return ExitCodes.BadInput;
        }
    }
}
