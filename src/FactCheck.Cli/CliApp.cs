using System.CommandLine;
using FactCheck.Inputs;
using FactCheck.Pipeline;
using FactCheck.Reporting;
using FactCheck.Store;

namespace FactCheck.Cli;

/// <summary>The commands and their options. Thin: every command is one call into FactCheck.Core.</summary>
internal static class CliApp
{
    /// <summary>Runs the command line <paramref name="args"/>; returns the exit code.</summary>
    /// <remarks>
    /// <paramref name="progress"/>: draw a progress bar on <paramref name="stderr"/> while many files are read (a terminal's, not CI's).
    /// <paramref name="stdin"/>: opens standard input, read when a path is <c>-</c> (none by default: an empty input).
    /// <paramref name="stdoutBytes"/>: the byte stream under <paramref name="stdout"/>, for the reports written as UTF-8 (JSON).
    /// </remarks>
    public static int Run(
        string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, bool colour, bool progress = false, Func<Stream>? stdin = null,
        Stream? stdoutBytes = null)
    {
        var streams = new Streams(stdout, stderr, colour, progress, stdin ?? (() => Stream.Null)) { StdoutBytes = stdoutBytes };
        var root = new RootCommand(UserMessages.ToolDescription)
        {
            Build("check", UserMessages.CheckDescription, extract: false, streams, workingDirectory),
            Build("extract", UserMessages.ExtractDescription, extract: true, streams, workingDirectory),
            BaselineCommand.Create(stdout, stderr, workingDirectory, streams.Stdin),
            InitCommand.Create(stdout, stderr, workingDirectory),
            RulesCommand.Create(stdout, stderr, workingDirectory),
            LspCommand.Create(stderr),
        };
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction(stdout);
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
        var inputs = new CheckInputs(pathsOptional: !extract);
        var store = extract ? null : new StoreOptions();
        var format = new Option<string>("--format") { Description = UserMessages.FormatDescription, DefaultValueFactory = _ => "text" };
        // SARIF, GitHub annotations and rdjson report findings, and extract has none.
        format.AcceptOnlyFromAmong(extract ? ["text", "json", "markdown", "html"] : ["text", "json", "markdown", "sarif", "github", "rdjson", "html"]);
        var output = new Option<string?>("--output") { Description = UserMessages.OutputDescription, HelpName = "FILE" };
        var failOn = new Option<string>("--fail-on") { Description = UserMessages.FailOnDescription, DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
        var stats = new Option<bool>("--stats") { Description = UserMessages.StatsDescription };

        var command = new Command(name, description) { format, output, stats };
        inputs.AddTo(command, withAgainst: !extract, withBaseline: !extract);
        if (!extract) command.Add(failOn);
        store?.AddTo(command);
        command.SetAction(parse =>
        {
            var (file, fileError) = parse.GetValue(output) is { } path ? OutputFile.Open(path, workingDirectory) : (null, null);
            if (fileError is not null) return streams.Fail(fileError);
            var (options, inputError) = inputs.Read(parse, workingDirectory, streams.Stdin);
            if (inputError is not null) return streams.Fail(inputError);
            if (store is not null)
            {
                var given = inputs.ComparisonOnly(parse).Concat(new Option[] { format, failOn }.Where(o => parse.GetResult(o) is { Implicit: false }).Select(o => o.Name));
                (options, inputError) = store.Apply(parse, options!, given, hasOutput: file is not null);
                if (inputError is not null) return streams.Fail(inputError);
                if (options!.Shard is not null) return WriteShard(options, file!, streams, workingDirectory, parse.GetValue(stats));
            }
            var bar = streams.Progress ? new ProgressBar(streams.Stderr, TimeProvider.System) : null;
            var colour = streams.Colour && file is null;
            // Everything this command decides that changes the bytes printed or the exit code: with --cache, a check whose
            // inputs and printing are its last run's prints that run's result again.
            var printing = new ReportPrinting(parse.GetValue(format)!, $"{file?.FullPath ?? "stdout"}\0colour {colour}\0fail-on {parse.GetValue(failOn)}");
            var result = FactChecker.Check(options! with { Extract = extract, Progress = bar, Printing = extract ? null : printing });
            bar?.Clear();
            if (result.Error is { } error) return streams.Fail(error);
            if (result.Replayed is { } replayed) return Replay(replayed, file, streams, workingDirectory, parse.GetValue(stats) ? result.Stats : null);
            using var keeper = result.Keeper;
            if (file?.RefuseSource(result.Report!, workingDirectory) is { } refusal) return streams.Fail(refusal);

            var writer = Writer(parse.GetValue(format)!, colour, file is null ? null : id => file.LinkTarget(id, workingDirectory));
            if (file is null)
            {
                if (streams.WriteStdout(writer, result.Report!, keeper) is { } stdoutError) return streams.Fail(stdoutError);
            }
            else if (file.Write(writer, result.Report!, keeper) is { } writeError) return streams.Fail(writeError);
            if (parse.GetValue(stats)) StatsWriter.Write(result.Stats!, streams.Stderr);
            // The report of every readable file is written in full; then a file that could not be read fails the check.
            if (streams.FailOnUnreadable(result.Report!) is { } unreadable) return unreadable;
            var exit = extract ? ExitCodes.Clean : FailOn.ExitCode(result.Report!.Findings, parse.GetValue(failOn)!);
            keeper?.Commit(exit);
            return exit;
        });
        return command;
    }

    /// <summary>Reads a share of the files into the claims file <paramref name="file"/> (--shard). The files that cannot be read are named on stderr and kept in the claims file: the merge reports them and fails.</summary>
    private static int WriteShard(CheckOptions options, OutputFile file, Streams streams, string workingDirectory, bool stats)
    {
        var result = FactChecker.Check(options);
        if (result.Error is { } error) return streams.Fail(error);
        var stored = result.Stored!;
        if (file.RefuseSource(stored.Ids, workingDirectory) is { } refusal) return streams.Fail(refusal);
        if (file.WriteBytes(stream => ClaimsFile.Write(stored, stream)) is { } writeError) return streams.Fail(writeError);
        foreach (var unread in stored.Errors) streams.Stderr.WriteLine("factcheck: " + TerminalText.Safe(unread.ToString()));
        if (stats) StatsWriter.Write(result.Stats!, streams.Stderr);
        return ExitCodes.Clean;
    }

    /// <summary>
    /// Prints the last run's result again (<see cref="CheckResult.Replayed"/>): its report's bytes to stdout or the output file
    /// (never over a source, as a check), and its exit code. --stats says that the result was replayed, and what that cost.
    /// </summary>
    private static int Replay(KeptResult replayed, OutputFile? file, Streams streams, string workingDirectory, StageTimes? stats)
    {
        using (replayed)
        {
            if (file?.RefuseSource(replayed.Files, workingDirectory) is { } refusal) return streams.Fail(refusal);
            var error = file is null ? streams.WriteStdout(replayed) : file.WriteBytes(replayed.CopyTo);
            if (error is not null) return streams.Fail(error);
        }
        if (stats is not null) StatsWriter.Write(stats, streams.Stderr);
        return replayed.ExitCode;
    }

    private static IReportWriter Writer(string format, bool colour, Func<string, string>? linkTarget) => format switch
    {
        "json" => new JsonReportWriter(),
        "markdown" => new MarkdownReportWriter(linkTarget),
        "sarif" => new SarifReportWriter(),
        "github" => new GitHubReportWriter(),
        "rdjson" => new RdjsonReportWriter(),
        "html" => new HtmlReportWriter(),
        _ => new TextReportWriter(colour),
    };

    /// <summary>Where a command reads and writes, and how: colour for a terminal's stdout, a progress bar for a terminal's stderr.</summary>
    private sealed record Streams(TextWriter Stdout, TextWriter Stderr, bool Colour, bool Progress, Func<Stream> Stdin)
    {
        /// <summary>The byte stream under <see cref="Stdout"/>, or null where there is none (a test's string writer).</summary>
        public Stream? StdoutBytes { get; init; }

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

        /// <summary>
        /// Writes <paramref name="report"/> to stdout, and through <paramref name="keeper"/> when the result is kept; a full
        /// disk or a closed pipe is an input/output error, not a bug.
        /// </summary>
        public UserError? WriteStdout(IReportWriter writer, Report report, ResultKeeper? keeper) => CatchStdout(() =>
        {
            // A JSON report of a corpus is a hundred megabytes: its bytes go out as they are, not through the console's
            // text writer, which would decode them into characters and encode them again.
            if (writer is IByteReportWriter bytes && StdoutBytes is { } stream)
            {
                Stdout.Flush();
                bytes.Write(report, keeper?.Tee(stream) ?? stream);
                return;
            }
            writer.Write(report, keeper?.Tee(Stdout) ?? Stdout);
            Stdout.Flush();
        });

        /// <summary>Writes the last run's report, <paramref name="replayed"/>, to stdout: its bytes as they are where there is a byte stream.</summary>
        public UserError? WriteStdout(KeptResult replayed) => CatchStdout(() =>
        {
            Stdout.Flush();
            if (StdoutBytes is { } stream) replayed.CopyTo(stream);
            else replayed.CopyTo(Stdout);
            Stdout.Flush();
        });

        private static UserError? CatchStdout(Action write)
        {
            try
            {
                write();
                return null;
            }
            catch (IOException e)
            {
                return new UserError("stdout", null, UserMessages.CannotWrite(e.Message));
            }
        }
    }
}
