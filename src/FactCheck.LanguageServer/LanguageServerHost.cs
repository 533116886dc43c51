using System.Text.Json;
using System.Text.Json.Serialization;
using StreamJsonRpc;

namespace FactCheck.LanguageServer;

/// <summary>
/// <c>factcheck lsp</c>: a Language Server Protocol server on a pair of streams (the process's stdin and stdout), for any
/// LSP client. Diagnostics on open and on change, hovers over claims, and code actions to silence or accept a finding.
/// </summary>
public static class LanguageServerHost
{
    /// <summary>Serves the client at the other end of <paramref name="input"/> and <paramref name="output"/> until it exits or hangs up.</summary>
    public static async Task RunAsync(Stream input, Stream output)
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter));
        using var server = new FactCheckServer(rpc);
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { AllowNonPublicInvocation = false });
        rpc.StartListening();
        // "exit", or the client hanging up (its end of stdin closed), ends the session.
        await Task.WhenAny(rpc.Completion, server.Exited).ConfigureAwait(false);
    }
}
