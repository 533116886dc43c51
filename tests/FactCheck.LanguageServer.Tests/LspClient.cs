using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace FactCheck.LanguageServer.Tests;

/// <summary>
/// An editor's side of a session: the server runs on one end of an in-memory duplex pipe, this JSON-RPC client on the
/// other, with the protocol's headers, as over stdio. It opens a temporary workspace folder (a repository root, so no
/// factcheck.yml above it is read) and collects the diagnostics the server publishes.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly JsonRpc rpc;
    private readonly Task server;
    private readonly Channel<JsonElement> published = Channel.CreateUnbounded<JsonElement>();
    private int version;

    /// <summary>The workspace folder.</summary>
    public string Root { get; } = Directory.CreateDirectory(Path.Combine(Directory.CreateTempSubdirectory("factcheck-lsp-").FullName, "work", ".git")).Parent!.FullName;

    // The server keeps its cache in the user's cache folder ($XDG_CACHE_HOME/factcheck): the tests' servers keep theirs in
    // a folder of their own, never in the home folder of whoever runs the tests.
    static LspClient() => Environment.SetEnvironmentVariable("XDG_CACHE_HOME", Directory.CreateTempSubdirectory("factcheck-lsp-cache-").FullName);

    private LspClient()
    {
        var (serverEnd, clientEnd) = FullDuplexStream.CreatePair();
        server = LanguageServerHost.RunAsync(serverEnd, serverEnd);
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientEnd, clientEnd, formatter));
        rpc.AddLocalRpcTarget(new Editor(published.Writer));
        rpc.StartListening();
    }

    /// <summary>A session started and initialized on a new workspace holding <paramref name="files"/> (relative path, text).</summary>
    public static async Task<LspClient> StartAsync(params (string Path, string Text)[] files)
    {
        var client = new LspClient();
        foreach (var (path, text) in files) client.Write(path, text);
        await client.rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", new
        {
            processId = (int?)null,
            rootUri = new Uri(client.Root).AbsoluteUri,
            capabilities = new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } },
            initializationOptions = new { debounce = 50 },
        });
        await client.rpc.NotifyWithParameterObjectAsync("initialized", new { });
        return client;
    }

    /// <summary>
    /// A session on a workspace holding <see cref="Articles.Reference"/>, with <c>draft.md</c> opened (not saved) with
    /// <paramref name="draft"/>, and the draft's first diagnostics.
    /// </summary>
    public static async Task<(LspClient Client, JsonElement[] Diagnostics)> DraftAsync(string draft)
    {
        var client = await StartAsync(("reference.md", Articles.Reference));
        await client.OpenAsync("draft.md", draft);
        return (client, await client.DiagnosticsAsync("draft.md"));
    }

    /// <summary>Writes a file of the workspace, as saved on disk.</summary>
    public string Write(string path, string text)
    {
        var file = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text, new UTF8Encoding(false));
        return file;
    }

    /// <summary>The URI of a file of the workspace.</summary>
    public string UriOf(string path) => new Uri(Path.Combine(Root, path)).AbsoluteUri;

    /// <summary>Opens <paramref name="path"/> in the editor with <paramref name="text"/> (not saved).</summary>
    public Task OpenAsync(string path, string text) =>
        rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri = UriOf(path), languageId = "markdown", version = ++version, text } });

    /// <summary>Replaces the editor's text of <paramref name="path"/> (full sync).</summary>
    public Task ChangeAsync(string path, string text) =>
        rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new { textDocument = new { uri = UriOf(path), version = ++version }, contentChanges = new[] { new { text } } });

    /// <summary>Tells the server files changed on disk.</summary>
    public Task WatchedFilesChangedAsync(params string[] paths) =>
        rpc.NotifyWithParameterObjectAsync("workspace/didChangeWatchedFiles", new { changes = paths.Select(p => new { uri = UriOf(p), type = 2 }).ToArray() });

    /// <summary>The next diagnostics the server publishes for <paramref name="path"/> (its <c>diagnostics</c> array).</summary>
    public async Task<JsonElement[]> DiagnosticsAsync(string path)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var message = await published.Reader.ReadAsync(timeout.Token);
            if (message.GetProperty("uri").GetString() == UriOf(path)) return [.. message.GetProperty("diagnostics").EnumerateArray()];
        }
    }

    /// <summary>Sends a request and returns its result.</summary>
    public Task<JsonElement> RequestAsync(string method, object parameters) => rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters);

    public async ValueTask DisposeAsync()
    {
        await rpc.InvokeAsync<JsonElement>("shutdown");
        await rpc.NotifyAsync("exit");
        await server.WaitAsync(Patience);
        rpc.Dispose();
        Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
    }

    /// <summary>What the editor answers the server: its diagnostics, its messages and its registrations.</summary>
    private sealed class Editor(ChannelWriter<JsonElement> published)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void Publish(JsonElement parameters) => published.TryWrite(parameters.Clone());

        [JsonRpcMethod("client/registerCapability", UseSingleObjectParameterDeserialization = true)]
        public static object? Register(JsonElement parameters)
        {
            _ = parameters; // the registration is accepted; the tests send the file events themselves
            return null;
        }

        [JsonRpcMethod("window/showMessage", UseSingleObjectParameterDeserialization = true)]
        public static void ShowMessage(JsonElement parameters) => Assert.Fail("The server showed a message: " + parameters);
    }
}
