using System.CommandLine;
using System.Text;
using FactCheck.Pipeline;
using FactCheck.Reporting;

namespace FactCheck.Cli;

/// <summary>
/// <c>factcheck baseline PATH...</c>: runs the check and writes the fingerprints of its findings, which
/// <c>check --baseline FILE</c> then hides. Takes the same --config and --against as check, so the findings are the same.
/// </summary>
internal static class BaselineCommand
{
    public const string DefaultFile = "factcheck-baseline.json";

    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var inputs = new CheckInputs();
        var output = new Option<string>("--output") { Description = UserMessages.BaselineOutputDescription, HelpName = "FILE", DefaultValueFactory = _ => DefaultFile };
        var command = new Command("baseline", UserMessages.BaselineCommandDescription) { output };
        inputs.AddTo(command, withAgainst: true, withBaseline: false);
        command.SetAction(parse =>
        {
            var (options, error) = inputs.Read(parse, workingDirectory);
            var result = options is null ? null : FactChecker.Check(options);
            if ((error ?? result!.Error) is { } problem)
            {
                stderr.WriteLine("factcheck: " + problem);
                return ExitCodes.InputError;
            }
            var target = parse.GetValue(output)!;
            var full = Path.GetFullPath(target, workingDirectory);
            // The tool never modifies what it checks: a baseline written over a source would.
            if (result!.Report!.Sources.Any(s => Path.GetFullPath(s.Id, workingDirectory) == full))
            {
                stderr.WriteLine($"factcheck: {target}: {UserMessages.BaselineOverSource}");
                return ExitCodes.InputError;
            }
            var baseline = FindingFingerprint.BaselineOf(result.Report.Findings);
            try
            {
                using var writer = new StreamWriter(full, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
                baseline.Write(writer);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"factcheck: {target}: {UserMessages.CannotWrite(e.Message)}");
                return ExitCodes.InputError;
            }
            stdout.WriteLine(UserMessages.BaselineWritten(baseline.Entries.Length, target));
            return ExitCodes.Clean;
        });
        return command;
    }
}
