using System.CommandLine;
using System.Globalization;
using Stemma.Pipeline;

namespace Stemma.Cli.Commands;

/// <summary>
/// The options that change what <c>stemma compare</c> finds, shared by <c>compare</c> and the
/// <c>eval</c> tasks so an evaluation runs with exactly the settings a user can give compare.
/// </summary>
internal sealed class CompareOptionSet
{
    private readonly Option<int?> _minPassageChars = new("--min-passage-chars")
    {
        Description = "Drop passages shorter than N characters on the target side (default 0: keep every passage, single sentences included).",
    };

    private readonly Option<string?> _lexicon = new("--lexicon")
    {
        Description = "Also use the word pairs in this lexicon file (from stemma lexicon learn), with the built-in ones.",
    };

    private readonly EmbeddingOption _embeddings = new();

    public void AddTo(Command command)
    {
        command.Options.Add(_minPassageChars);
        command.Options.Add(_lexicon);
        _embeddings.AddTo(command);
    }

    /// <summary>
    /// The pipeline options the command line asks for; <paramref name="taskMinPassageChars"/> is an eval
    /// task's own setting, used when the option is not given. Null (with the reason written) when an
    /// option is unusable.
    /// </summary>
    public ComparePipelineOptions? Build(ParseResult parse, Console2 console, int taskMinPassageChars = 0)
    {
        var options = ComparePipelineOptions.Default;
        var minChars = parse.GetValue(_minPassageChars) ?? taskMinPassageChars;
        if (minChars < 0)
        {
            console.Error.WriteLine($"--min-passage-chars: {minChars} rejected: must be 0 or more");
            return null;
        }
        options = options with { Alignment = options.Alignment with { MinPassageChars = minChars } };
        if (parse.GetValue(_lexicon) is { } lexiconFile)
        {
            if (LexiconCommand.Load(console, lexiconFile) is not { } lexicon)
            {
                return null;
            }
            options = options with { Alignment = options.Alignment with { Lexicon = lexicon } };
        }
        return _embeddings.Apply(parse, console, options.Alignment) is { } alignment ? options with { Alignment = alignment } : null;
    }

    /// <summary>The compare options that differ from the defaults, as they are typed (empty when none).</summary>
    public string Arguments(ParseResult parse, int taskMinPassageChars = 0)
    {
        var arguments = new List<string>();
        var minChars = parse.GetValue(_minPassageChars) ?? taskMinPassageChars;
        if (minChars != 0)
        {
            arguments.Add("--min-passage-chars " + minChars.ToString(CultureInfo.InvariantCulture));
        }
        if (parse.GetValue(_lexicon) is { } lexiconFile)
        {
            arguments.Add("--lexicon " + lexiconFile);
        }
        arguments.AddRange(_embeddings.Arguments(parse));
        return string.Join(' ', arguments);
    }
}
