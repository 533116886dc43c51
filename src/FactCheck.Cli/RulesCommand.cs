using System.CommandLine;
using FactCheck.Configuration;
using FactCheck.Pipeline;

namespace FactCheck.Cli;

/// <summary><c>factcheck rules</c>: every rule with its id, level, what it checks and its parameters, with the configuration applied.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var config = CheckInputs.ConfigOption();
        var command = new Command("rules", UserMessages.RulesDescription) { config };
        command.SetAction(parse =>
        {
            var (configuration, error) = ConfigLocator.Load(workingDirectory, parse.GetValue(config));
            var (stages, rulesError) = configuration is null ? (null, error) : CheckStages.Build(new CheckOptions([], workingDirectory) { Configuration = configuration });
            if (stages is null)
            {
                stderr.WriteLine("factcheck: " + rulesError);
                return ExitCodes.InputError;
            }
            var rules = stages.Rules;
            var width = rules.All.Max(r => r.Id.Length);
            foreach (var rule in rules.All)
            {
                var changed = rule.ChangedBy is null ? "" : $"  (set in {rule.ChangedBy})";
                stdout.WriteLine($"{rule.Id.PadRight(width)}  {rule.Level,-7}{changed}".TrimEnd());
                stdout.WriteLine($"  {rule.Description}");
                var parameters = rule.Parameters.Select(p => $"{p.Key} {p.Value}");
                stdout.WriteLine($"  kinds: {string.Join(", ", rule.Kinds)}{(rule.Parameters.IsEmpty ? "" : "; " + string.Join(", ", parameters))}");
                stdout.WriteLine();
            }
            stdout.WriteLine(configuration!.File.Length == 0 ? UserMessages.NoConfig : $"{rules.All.Length} rules, with {configuration.File} applied.");
            return ExitCodes.Clean;
        });
        return command;
    }
}
