using System.Text;
using FactCheck.Cli;

// No garbage collection during the first 96 MiB a command allocates. A check of a few articles allocates 62-85 MB, nearly
// all of it the shipped data loaded at start (language packs, lexicons, gazetteer), which stays live to the end: with the
// runtime's small first budgets the collector ran about 12 times during that start, copying the same live tables from
// generation to generation (38-42 % of the CPU of `check samples/en-daily.md samples/en-wire.md`, Native AOT). Past 96 MiB
// the runtime ends the region by itself and collects as usual: a large folder's run, and its peak memory, are unchanged.
// Not for the language server, which runs for hours. A runtime that cannot give the room (a heap hard limit) runs as before.
if (args is not ["lsp", ..])
{
    // Before the region: its room is committed with the advice already on (HugePages says why).
    HugePages.AdviseGcHeap();
    try
    {
        GC.TryStartNoGCRegion(96L * 1024 * 1024);
    }
    catch (ArgumentOutOfRangeException)
    {
    }
}
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
