using System.Collections.Immutable;
using System.CommandLine;
using FactCheck.Comparison;
using FactCheck.Pipeline;
using FactCheck.Reporting;
using FactCheck.Sources;

namespace FactCheck.Cli;

/// <summary>The commands and their options. Thin: every command is one call into FactCheck.Core.</summary>
internal static class CliApp
{
    /// <summary>Runs the command line <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, bool colour)
    {
        var root = new RootCommand(UserMessages.ToolDescription)
        {
            Build("check", UserMessages.CheckDescription, extract: false, stdout, stderr, workingDirectory, colour),
            Build("extract", UserMessages.ExtractDescription, extract: true, stdout, stderr, workingDirectory, colour),
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

    private static Command Build(string name, string description, bool extract, TextWriter stdout, TextWriter stderr, string workingDirectory, bool colour)
    {
        var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = UserMessages.PathsDescription };
        // System.CommandLine hands an unknown option to the paths argument; "--bogus: no such file" would hide the typo.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
                result.AddError(UserMessages.UnknownOption(token.Value));
        });
        var format = new Option<string>("--format") { Description = UserMessages.FormatDescription, DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var failOn = new Option<string>("--fail-on") { Description = UserMessages.FailOnDescription, DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
        var stats = new Option<bool>("--stats") { Description = UserMessages.StatsDescription };
        var date = new Option<string?>("--date") { Description = UserMessages.DateDescription };
        date.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && SourceDate.TryParse(result.Tokens[0].Value, DateOrigin.Declared) is null)
                result.AddError(UserMessages.BadDate(result.Tokens[0].Value));
        });

        var command = new Command(name, description) { paths, format, stats, date };
        if (!extract) command.Add(failOn);
        command.SetAction(parse =>
        {
            var options = new CheckOptions([.. parse.GetValue(paths)!], workingDirectory)
            {
                Extract = extract,
                Date = parse.GetValue(date) is { } written ? SourceDate.TryParse(written, DateOrigin.Declared) : null,
            };
            var result = FactChecker.Check(options);
            if (result.Error is { } error)
            {
                stderr.WriteLine("factcheck: " + error);
                return ExitCodes.InputError;
            }
            IReportWriter writer = parse.GetValue(format) == "json" ? new JsonReportWriter() : new TextReportWriter(colour);
            writer.Write(result.Report!, stdout);
            if (parse.GetValue(stats)) StatsWriter.Write(result.Stats!, stderr);
            return extract ? ExitCodes.Clean : ExitCodeFor(result.Report!.Findings, parse.GetValue(failOn)!);
        });
        return command;
    }

    private static int ExitCodeFor(ImmutableArray<ReportFinding> findings, string failOn)
    {
        Severity? threshold = failOn switch
        {
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            "none" => null,
            _ => Severity.Error,
        };
        return threshold is { } level && findings.Any(f => f.Finding.Severity >= level) ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
