using System.CommandLine;
using FactCheck.Configuration;
using FactCheck.Pipeline;
using FactCheck.Reporting;

namespace FactCheck.Cli;

/// <summary>
/// <c>factcheck baseline PATH...</c>: runs the check and writes the fingerprints of its findings, which
/// <c>check --baseline FILE</c> then hides. Takes every option of check that changes findings (<see cref="CheckInputs"/>:
/// --config, --against, --places, --languages, --date, --one-story, <c>-</c>), so the findings are those check finds.
/// </summary>
internal static class BaselineCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory, Func<Stream> stdin)
    {
        var inputs = new CheckInputs();
        var output = new Option<string>("--output") { Description = UserMessages.BaselineOutputDescription, HelpName = "FILE", DefaultValueFactory = _ => Baseline.DefaultFile };
        var command = new Command("baseline", UserMessages.BaselineCommandDescription) { output };
        inputs.AddTo(command, withAgainst: true, withBaseline: false);
        command.SetAction(parse =>
        {
            var (options, error) = inputs.Read(parse, workingDirectory, stdin);
            var result = options is null ? null : FactChecker.Check(options);
            if ((error ?? result!.Error) is { } problem)
            {
                stderr.WriteLine("factcheck: " + problem);
                return ExitCodes.InputError;
            }
            var target = parse.GetValue(output)!;
            var (file, fileError) = OutputFile.Open(target, workingDirectory);
            // The tool never modifies what it checks: a baseline written over a source (through a link too) would.
            if ((fileError ?? file!.RefuseSource(result!.Report!, workingDirectory, UserMessages.BaselineOverSource)) is { } refusal)
            {
                stderr.WriteLine("factcheck: " + refusal);
                return ExitCodes.InputError;
            }
            // A baseline of a check that could not read every file would accept less than the files hold: none is written.
            if (result!.Report!.HasUnreadableSources)
            {
                foreach (var diagnostic in result.Report.Diagnostics.Where(d => d.Rule == FileDiagnostic.SourceError))
                    stderr.WriteLine("factcheck: " + TerminalText.Safe(diagnostic.ToString()));
                return ExitCodes.InputError;
            }
            var baseline = FindingFingerprint.BaselineOf(result.Report.Findings);
            if (file!.Write(baseline.Write) is { } writeError)
            {
                stderr.WriteLine("factcheck: " + writeError);
                return ExitCodes.InputError;
            }
            stdout.WriteLine(UserMessages.BaselineWritten(baseline.Entries.Length, target));
            return ExitCodes.Clean;
        });
        return command;
    }
}
