using System.CommandLine;
#if LANGUAGE_SERVER
using FactCheck.LanguageServer;
#endif

namespace FactCheck.Cli;

/// <summary>
/// <c>factcheck lsp</c>: the Language Server Protocol server on stdin and stdout (<c>LanguageServerHost</c>),
/// for any LSP client. Its settings come from the client's <c>initializationOptions</c>, not from options here. The Native
/// AOT binary is built without the server (StreamJsonRpc reflects over its messages): there the command says so and exits 2.
/// </summary>
internal static class LspCommand
{
    public static Command Create(TextWriter stderr)
    {
        var command = new Command("lsp", UserMessages.LspDescription);
#if LANGUAGE_SERVER
        _ = stderr;
        command.SetAction(async (_, _) =>
        {
            // The protocol's messages are the whole of stdout: nothing else may be written there.
            await LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput()).ConfigureAwait(false);
            return ExitCodes.Clean;
        });
#else
        command.SetAction(_ =>
        {
            stderr.WriteLine("factcheck: " + UserMessages.LspNotInNativeBuild);
            return ExitCodes.InputError;
        });
#endif
        return command;
    }
}
