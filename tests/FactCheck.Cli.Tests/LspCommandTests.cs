using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using StreamJsonRpc;

namespace FactCheck.Cli.Tests;

public sealed class LspCommandTests
{
    [Fact]
    public async Task Factcheck_lsp_over_stdio_publishes_a_draft_s_conflict_with_the_reference_and_clears_it_when_the_draft_agrees()
    {
        using var workspace = new Workspace();
        workspace.Write("reference.md", Workspace.FundB);
        using var process = Process.Start(new ProcessStartInfo("dotnet", [typeof(CliApp).Assembly.Location, "lsp"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, WorkingDirectory = workspace.Root,
            // The server's cache goes to a folder of the test's own, not to the home folder of whoever runs the tests.
            Environment = { ["XDG_CACHE_HOME"] = Directory.CreateTempSubdirectory("factcheck-lsp-cache-").FullName },
        })!;
        var published = Channel.CreateUnbounded<JsonElement>();
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, new SystemTextJsonFormatter()));
        rpc.AddLocalRpcMethod("textDocument/publishDiagnostics", (JsonElement uri, JsonElement version, JsonElement diagnostics) => published.Writer.TryWrite(diagnostics.Clone()));
        rpc.StartListening();
        var draft = new Uri(Path.Combine(workspace.Root, "draft.md")).AbsoluteUri;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        await rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { rootUri = new Uri(workspace.Root).AbsoluteUri, capabilities = new { } });
        await rpc.NotifyWithParameterObjectAsync("initialized", new { });
        await rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri = draft, languageId = "markdown", version = 1, text = Workspace.FundA } });
        var conflict = Assert.Single((await published.Reader.ReadAsync(timeout.Token)).EnumerateArray());
        await rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new { textDocument = new { uri = draft, version = 2 }, contentChanges = new[] { new { text = Workspace.FundA.Replace("€20bn", "€25bn", StringComparison.Ordinal) } } });
        var agreed = await published.Reader.ReadAsync(timeout.Token);
        await rpc.InvokeAsync<JsonElement>("shutdown");
        await rpc.NotifyAsync("exit");
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal("figure-conflict", conflict.GetProperty("code").GetString());
        Assert.Equal(4, conflict.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        var related = Assert.Single(conflict.GetProperty("relatedInformation").EnumerateArray()).GetProperty("location");
        Assert.Equal(new Uri(Path.Combine(workspace.Root, "reference.md")).AbsoluteUri, related.GetProperty("uri").GetString());
        Assert.Equal(4, related.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(0, agreed.GetArrayLength());
        Assert.Equal(0, process.ExitCode);
    }
}
