using System.Text;
using FactCheck.Cli;

// Reports are UTF-8 whatever the terminal's locale says.
Console.OutputEncoding = new UTF8Encoding(false);
var colour = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null && Environment.GetEnvironmentVariable("TERM") != "dumb";
// A progress bar only where a person watches stderr: not in a file, a pipe, a dumb terminal or a CI log.
var progress = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb"
    && Environment.GetEnvironmentVariable("CI") is null or "" or "false" or "0";
try
{
    using var stdoutBytes = Console.OpenStandardOutput();
    return CliApp.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory, colour, progress, Console.OpenStandardInput, stdoutBytes);
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    // A bug, not a user mistake: one line, no stack trace, and an exit code that CI does not mistake for "findings".
    Console.Error.WriteLine(UserMessages.InternalError + e.GetType().Name + ": " + e.Message);
    if (Environment.GetEnvironmentVariable("FACTCHECK_DEBUG") == "1") Console.Error.WriteLine(e); // the whole trace, for the bug report
    return 3;
}
