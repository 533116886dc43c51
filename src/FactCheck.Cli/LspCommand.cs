using System.CommandLine;
using FactCheck.LanguageServer;

namespace FactCheck.Cli;

/// <summary>
/// <c>factcheck lsp</c>: the Language Server Protocol server on stdin and stdout (<see cref="LanguageServerHost"/>), for
/// any LSP client. Its settings come from the client's <c>initializationOptions</c>, not from options here.
/// </summary>
internal static class LspCommand
{
    public static Command Create()
    {
        var command = new Command("lsp", UserMessages.LspDescription);
        command.SetAction(async (_, _) =>
        {
            // The protocol's messages are the whole of stdout: nothing else may be written there.
            await LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput()).ConfigureAwait(false);
            return ExitCodes.Clean;
        });
        return command;
    }
}
