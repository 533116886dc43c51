using System.CommandLine;
using FactCheck.Inputs;
using FactCheck.Pipeline;
using FactCheck.Reporting;
using FactCheck.Stories;

namespace FactCheck.Cli;

/// <summary>The commands and their options. Thin: every command is one call into FactCheck.Core.</summary>
internal static class CliApp
{
    /// <summary>Runs the command line <paramref name="args"/>; returns the exit code.</summary>
    /// <remarks><paramref name="progress"/>: draw a progress bar on <paramref name="stderr"/> while many files are read (a terminal's, not CI's).</remarks>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, bool colour, bool progress = false)
    {
        var streams = new Streams(stdout, stderr, colour, progress);
        var root = new RootCommand(UserMessages.ToolDescription)
        {
            Build("check", UserMessages.CheckDescription, extract: false, streams, workingDirectory),
            Build("extract", UserMessages.ExtractDescription, extract: true, streams, workingDirectory),
            BaselineCommand.Create(stdout, stderr, workingDirectory),
            InitCommand.Create(stdout, stderr, workingDirectory),
            RulesCommand.Create(stdout, stderr, workingDirectory),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // System.CommandLine lists the accepted values on lines of their own: one line is what scripts and people can read.
            var message = string.Join(' ', parsed.Errors[0].Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            stderr.WriteLine("factcheck: " + message + UserMessages.UsageHint);
            return ExitCodes.InputError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private static Command Build(string name, string description, bool extract, Streams streams, string workingDirectory)
    {
        var inputs = new CheckInputs();
        var format = new Option<string>("--format") { Description = UserMessages.FormatDescription, DefaultValueFactory = _ => "text" };
        // SARIF and GitHub annotations report findings, and extract has none.
        format.AcceptOnlyFromAmong(extract ? ["text", "json", "markdown", "html"] : ["text", "json", "markdown", "sarif", "github", "html"]);
        var output = new Option<string?>("--output") { Description = UserMessages.OutputDescription, HelpName = "FILE" };
        var failOn = new Option<string>("--fail-on") { Description = UserMessages.FailOnDescription, DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
        var stats = new Option<bool>("--stats") { Description = UserMessages.StatsDescription };
        var oneStory = new Option<bool>("--one-story") { Description = UserMessages.OneStoryDescription };
        var places = new Option<string[]>("--places") { Description = UserMessages.PlacesDescription, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var languages = new Option<string[]>("--languages") { Description = UserMessages.LanguagesDescription, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false, HelpName = "FILE" };

        var date = new Option<string?>("--date") { Description = UserMessages.DateDescription, HelpName = "DATE" };
        date.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && SourceDate.TryParse(result.Tokens[0].Value, DateOrigin.Declared) is null)
                result.AddError(UserMessages.BadDate(result.Tokens[0].Value));
        });

        var command = new Command(name, description) { format, output, stats, places, languages, date, oneStory };
        inputs.AddTo(command, withAgainst: !extract, withBaseline: !extract);
        if (!extract) command.Add(failOn);
        command.SetAction(parse =>
        {
            var (file, fileError) = parse.GetValue(output) is { } path ? OutputFile.Open(path, workingDirectory) : (null, null);
            if (fileError is not null) return streams.Fail(fileError);
            var (options, inputError) = inputs.Read(parse, workingDirectory);
            if (inputError is not null) return streams.Fail(inputError);
            var bar = streams.Progress ? new ProgressBar(streams.Stderr, TimeProvider.System) : null;
            var result = FactChecker.Check(options! with { Extract = extract, Progress = bar, PlaceFiles = [.. parse.GetValue(places) ?? []],
                LanguageFiles = [.. parse.GetValue(languages) ?? []],
                Date = parse.GetValue(date) is { } written ? SourceDate.TryParse(written, DateOrigin.Declared) : null,
                Stories = parse.GetValue(oneStory) ? StoryMode.One : StoryMode.Grouped,
            });
            bar?.Clear();
            if (result.Error is { } error) return streams.Fail(error);
            if (file?.RefuseSource(result.Report!, workingDirectory) is { } refusal) return streams.Fail(refusal);

            var writer = Writer(parse.GetValue(format)!, colour: streams.Colour && file is null, file is null ? null : id => file.LinkTarget(id, workingDirectory));
            if (file is null)
            {
                if (streams.WriteStdout(text => writer.Write(result.Report!, text)) is { } stdoutError) return streams.Fail(stdoutError);
            }
            else if (file.Write(text => writer.Write(result.Report!, text)) is { } writeError) return streams.Fail(writeError);
            if (parse.GetValue(stats)) StatsWriter.Write(result.Stats!, streams.Stderr);
            // The report of every readable file is written in full; then a file that could not be read fails the check.
            if (streams.FailOnUnreadable(result.Report!) is { } unreadable) return unreadable;
            return extract ? ExitCodes.Clean : FailOn.ExitCode(result.Report!.Findings, parse.GetValue(failOn)!);
        });
        return command;
    }

    private static IReportWriter Writer(string format, bool colour, Func<string, string>? linkTarget) => format switch
    {
        "json" => new JsonReportWriter(),
        "markdown" => new MarkdownReportWriter(linkTarget),
        "sarif" => new SarifReportWriter(),
        "github" => new GitHubReportWriter(),
        "html" => new HtmlReportWriter(),
        _ => new TextReportWriter(colour),
    };

    /// <summary>Where a command writes, and how: colour for a terminal's stdout, a progress bar for a terminal's stderr.</summary>
    private sealed record Streams(TextWriter Stdout, TextWriter Stderr, bool Colour, bool Progress)
    {
        public int Fail(UserError error)
        {
            Stderr.WriteLine("factcheck: " + TerminalText.Safe(error.ToString()));
            return ExitCodes.InputError;
        }

        /// <summary>Exit 2 with one stderr line per file that could not be read, or null when every file was read.</summary>
        public int? FailOnUnreadable(Report report)
        {
            if (!report.HasUnreadableSources) return null;
            foreach (var diagnostic in report.Diagnostics.Where(d => d.Rule == FileDiagnostic.SourceError))
                Stderr.WriteLine("factcheck: " + TerminalText.Safe(diagnostic.ToString()));
            return ExitCodes.InputError;
        }

        /// <summary>Lets <paramref name="write"/> write to stdout; a full disk or a closed pipe is an input/output error, not a bug.</summary>
        public UserError? WriteStdout(Action<TextWriter> write)
        {
            try
            {
                write(Stdout);
                Stdout.Flush();
                return null;
            }
            catch (IOException e)
            {
                return new UserError("stdout", null, UserMessages.CannotWrite(e.Message));
            }
        }
    }
}
