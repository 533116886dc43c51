using System.Collections.Immutable;
using System.CommandLine;
using FactCheck.Configuration;
using FactCheck.Files;
using FactCheck.Inputs;
using FactCheck.Pipeline;
using FactCheck.Sources;
using FactCheck.Stories;

namespace FactCheck.Cli;

/// <summary>
/// What to check, and every option that changes what is found, defined once for check, extract and baseline: PATH... (with
/// <c>-</c> for standard input and --stdin-filename), --config, --places, --languages, --date, --one-story, and for check
/// and baseline --against (and --baseline for check). A baseline taken with the options of the check it serves accepts
/// the findings that check shows.
/// </summary>
internal sealed class CheckInputs
{
    private readonly Argument<string[]> paths = new("PATH") { Arity = ArgumentArity.OneOrMore, Description = UserMessages.PathsDescription };
    private readonly Option<string> config = ConfigOption();
    private readonly Option<string[]> against = new("--against") { Description = UserMessages.AgainstDescription, HelpName = "PATH", AllowMultipleArgumentsPerToken = true, Arity = ArgumentArity.OneOrMore };
    private readonly Option<string> baseline = new("--baseline") { Description = UserMessages.BaselineDescription, HelpName = "FILE" };
    private readonly Option<bool> oneStory = new("--one-story") { Description = UserMessages.OneStoryDescription };
    private readonly Option<string[]> places = new("--places") { Description = UserMessages.PlacesDescription, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
    private readonly Option<string[]> languages = new("--languages") { Description = UserMessages.LanguagesDescription, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false, HelpName = "FILE" };
    private readonly Option<string?> date = new("--date") { Description = UserMessages.DateDescription, HelpName = "DATE" };
    private readonly Option<bool> noErrorOnIgnored = new("--no-error-on-ignored") { Description = UserMessages.NoErrorOnIgnoredDescription };
    private readonly Option<string?> stdinFilename = new("--stdin-filename") { Description = UserMessages.StdinFilenameDescription, HelpName = "PATH" };

    /// <summary>The inputs of a command; <paramref name="pathsOptional"/> for check, whose --claims stands for its paths.</summary>
    public CheckInputs(bool pathsOptional = false)
    {
        if (pathsOptional) paths.Arity = ArgumentArity.ZeroOrMore;
        // System.CommandLine hands an unknown option to the paths argument; "--bogus: no such file" would hide the typo.
        // "-" alone is standard input.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
                result.AddError(UserMessages.UnknownOption(token.Value));
        });
        date.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && SourceDate.TryParse(result.Tokens[0].Value, DateOrigin.Declared) is null)
                result.AddError(UserMessages.BadDate(result.Tokens[0].Value));
        });
    }

    /// <summary>The options given that only the comparison uses (a merge's, never a shard's): --one-story, --baseline.</summary>
    public IEnumerable<string> ComparisonOnly(ParseResult parse)
    {
        if (parse.GetValue(oneStory)) yield return "--one-story";
        if (parse.GetValue(baseline) is not null) yield return "--baseline";
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
        command.Add(places);
        command.Add(languages);
        command.Add(date);
        command.Add(oneStory);
        command.Add(stdinFilename);
        command.Add(noErrorOnIgnored);
    }

    /// <summary>
    /// The options of the run, with its configuration and baseline read and standard input read when a path is <c>-</c>,
    /// or the first thing wrong with them.
    /// </summary>
    public (CheckOptions? Options, UserError? Error) Read(ParseResult parse, string workingDirectory, Func<Stream> stdin)
    {
        var (configuration, error) = ConfigLocator.Load(workingDirectory, parse.GetValue(config));
        if (error is not null) return (null, error);
        Baseline? accepted = null;
        if (parse.GetValue(baseline) is { } baselinePath)
        {
            (accepted, error) = Baseline.Read(workingDirectory, baselinePath);
            if (error is not null) return (null, error);
        }
        var named = parse.GetValue(paths)!;
        var (input, inputError) = ReadInput(named, parse.GetValue(stdinFilename), workingDirectory, stdin);
        if (inputError is not null) return (null, inputError);
        return (new CheckOptions([.. named], workingDirectory)
        {
            Configuration = configuration!,
            Against = parse.GetValue(against) is { } references ? [.. references] : ImmutableArray<string>.Empty,
            Baseline = accepted,
            Input = input,
            PlaceFiles = [.. parse.GetValue(places) ?? []],
            LanguageFiles = [.. parse.GetValue(languages) ?? []],
            Date = parse.GetValue(date) is { } written ? SourceDate.TryParse(written, DateOrigin.Declared) : null,
            Stories = parse.GetValue(oneStory) ? StoryMode.One : StoryMode.Grouped,
            IgnoredIsNothing = parse.GetValue(noErrorOnIgnored),
        }, null);
    }

    /// <summary>Standard input, when <c>-</c> is among the paths, under the id --stdin-filename gives it (relative to the working directory).</summary>
    private static (InlineSource? Input, UserError? Error) ReadInput(string[] named, string? filename, string workingDirectory, Func<Stream> stdin)
    {
        if (!named.Contains(InlineSource.Token))
            return filename is null ? (null, null) : (null, new UserError("--stdin-filename", null, UserMessages.StdinFilenameWithoutDash));
        if (named.Count(p => p == InlineSource.Token) > 1) return (null, new UserError(InlineSource.Token, null, UserMessages.DashTwice));
        var id = filename is null ? InlineSource.Unnamed : Path.GetRelativePath(workingDirectory, Path.GetFullPath(filename, workingDirectory)).Replace('\\', '/');
        var (text, error) = UserFile.ReadText(stdin(), id, SourceLoader.MaxFileBytes);
        return text is null ? (null, error) : (new InlineSource(id, text), null);
    }
}
