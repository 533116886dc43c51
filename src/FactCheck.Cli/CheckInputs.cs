using System.Collections.Immutable;
using System.CommandLine;
using FactCheck.Configuration;
using FactCheck.Inputs;
using FactCheck.Pipeline;

namespace FactCheck.Cli;

/// <summary>What to check, as check, extract and baseline take it: PATH..., --config, and for check and baseline --against (and --baseline for check).</summary>
internal sealed class CheckInputs
{
    private readonly Argument<string[]> paths = new("PATH") { Arity = ArgumentArity.OneOrMore, Description = UserMessages.PathsDescription };
    private readonly Option<string> config = ConfigOption();
    private readonly Option<string[]> against = new("--against") { Description = UserMessages.AgainstDescription, HelpName = "PATH", AllowMultipleArgumentsPerToken = true, Arity = ArgumentArity.OneOrMore };
    private readonly Option<string> baseline = new("--baseline") { Description = UserMessages.BaselineDescription, HelpName = "FILE" };

    public CheckInputs()
    {
        // System.CommandLine hands an unknown option to the paths argument; "--bogus: no such file" would hide the typo.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
                result.AddError(UserMessages.UnknownOption(token.Value));
        });
    }

    /// <summary>A new --config option (an option belongs to one command).</summary>
    public static Option<string> ConfigOption() => new("--config") { Description = UserMessages.ConfigDescription, HelpName = "FILE" };

    /// <summary>Adds the arguments and options to <paramref name="command"/>: --against unless it extracts, --baseline only to check.</summary>
    public void AddTo(Command command, bool withAgainst, bool withBaseline)
    {
        command.Add(paths);
        command.Add(config);
        if (withAgainst) command.Add(against);
        if (withBaseline) command.Add(baseline);
    }

    /// <summary>The options of the run, with its configuration and baseline read, or the first thing wrong with them.</summary>
    public (CheckOptions? Options, UserError? Error) Read(ParseResult parse, string workingDirectory)
    {
        var (configuration, error) = ConfigLocator.Load(workingDirectory, parse.GetValue(config));
        if (error is not null) return (null, error);
        Baseline? accepted = null;
        if (parse.GetValue(baseline) is { } baselinePath)
        {
            (accepted, error) = Baseline.Read(workingDirectory, baselinePath);
            if (error is not null) return (null, error);
        }
        return (new CheckOptions([.. parse.GetValue(paths)!], workingDirectory)
        {
            Configuration = configuration!,
            Against = parse.GetValue(against) is { } references ? [.. references] : ImmutableArray<string>.Empty,
            Baseline = accepted,
        }, null);
    }
}
