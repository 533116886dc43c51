namespace FactCheck.Cli.Tests;

/// <summary>Runs the CLI in-process, as a user would from a working directory (the repository by default), capturing both streams.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) RunIn(string workingDirectory, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, stdout, stderr, workingDirectory, colour: false);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static (int Exit, string Out, string Err) Run(params string[] args) => RunIn(RepoPaths.Root, args);

    /// <summary>Runs the CLI with <paramref name="input"/> as standard input (UTF-8), as <c>cat FILE | factcheck check -</c> does.</summary>
    public static (int Exit, string Out, string Err) RunWithInput(string workingDirectory, string input, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, stdout, stderr, workingDirectory, colour: false, stdin: () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input)));
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
