using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using FactCheck.LanguageServer.Protocol;
using FactCheck.Pipeline;
using StreamJsonRpc;

namespace FactCheck.LanguageServer;

/// <summary>
/// The methods of the Language Server Protocol FactCheck answers. A document is checked when it opens and again once the
/// editor has been quiet for <see cref="ServerSettings.Debounce"/> after a change; checks run one at a time, and a check
/// whose document changed meanwhile publishes nothing (the next one will).
/// </summary>
internal sealed class FactCheckServer(JsonRpc rpc) : IDisposable
{
    /// <summary>The command of "accept into the baseline".</summary>
    public const string AcceptCommand = "factcheck.acceptIntoBaseline";

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ConcurrentDictionary<string, Open> open = new(StringComparer.Ordinal);
    private DraftWorkspace? workspace;
    private ServerSettings settings = ServerSettings.Default;
    private bool canWatch;
    private readonly TaskCompletionSource exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>An open document: the URI the editor names it by, its version, and the last check's report.</summary>
    private sealed record Open(string Uri, int Version, CancellationTokenSource Pending)
    {
        public CheckResult? Checked { get; init; }
    }

    /// <summary><c>initialize</c>: reads the settings and the workspace folder; says what the server offers.</summary>
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public object Initialize(JsonElement parameters)
    {
        settings = ServerSettings.Read(parameters.TryGetProperty("initializationOptions", out var options) ? options : null);
        var root = RootOf(parameters);
        if (root is not null) workspace = new DraftWorkspace(root, settings);
        canWatch = parameters.TryGetProperty("capabilities", out var capabilities) && capabilities.TryGetProperty("workspace", out var space)
            && space.TryGetProperty("didChangeWatchedFiles", out var watched) && watched.TryGetProperty("dynamicRegistration", out var dynamic)
            && dynamic.ValueKind == JsonValueKind.True;
        return new
        {
            capabilities = new
            {
                textDocumentSync = new { openClose = true, change = 1 },
                hoverProvider = true,
                codeActionProvider = new { codeActionKinds = new[] { "quickfix" } },
                executeCommandProvider = new { commands = new[] { AcceptCommand } },
            },
            serverInfo = new { name = "factcheck", version = Reporting.ReportBuilder.ToolVersion },
        };
    }

    /// <summary><c>initialized</c>: asks the editor to watch the configuration, the baseline and the sources, when it can.</summary>
    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public async Task InitializedAsync(JsonElement parameters)
    {
        _ = parameters;
        // Editors that watch files for their servers are asked to say when the configuration, the baseline or a source changes;
        // the others are not asked, and each check still reads factcheck.yml and the baseline again when they changed on disk.
        if (!canWatch) return;
        await rpc.InvokeWithParameterObjectAsync("client/registerCapability", new
        {
            registrations = new[]
            {
                new
                {
                    id = "factcheck-watch", method = "workspace/didChangeWatchedFiles",
                    registerOptions = new { watchers = new[] { new { globPattern = "**/factcheck.yml" }, new { globPattern = "**/*.{md,markdown,txt,json}" } } },
                },
            },
        }).ConfigureAwait(false);
    }

    /// <summary><c>shutdown</c>: nothing to save.</summary>
    [JsonRpcMethod("shutdown")]
    public static object? Shutdown() => null;

    /// <summary><c>exit</c>: ends the session.</summary>
    [JsonRpcMethod("exit")]
    public void Exit() => exited.TrySetResult();

    /// <summary>Done when the client sends <c>exit</c>.</summary>
    public Task Exited => exited.Task;

    /// <summary><c>textDocument/didOpen</c>: the draft is checked at once.</summary>
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams parameters) =>
        Changed(parameters.TextDocument.Uri, parameters.TextDocument.Version, parameters.TextDocument.Text, TimeSpan.Zero);

    /// <summary><c>textDocument/didChange</c>: the draft is checked once the editor has been quiet for the debounce.</summary>
    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        // Full sync: the last change holds the whole text.
        if (parameters.ContentChanges is [.., var last]) Changed(parameters.TextDocument.Uri, parameters.TextDocument.Version, last.Text, settings.Debounce);
    }

    /// <summary><c>textDocument/didClose</c>: the disk's text stands for the file again, and its diagnostics are cleared.</summary>
    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public async Task DidCloseAsync(DidCloseTextDocumentParams parameters)
    {
        if (DocumentUri.ToPath(parameters.TextDocument.Uri) is not { } path || !open.TryRemove(path, out var closed)) return;
        await closed.Pending.CancelAsync().ConfigureAwait(false);
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            Workspace(path).Close(path);
        }
        finally
        {
            gate.Release();
        }
        await PublishAsync(closed.Uri, null, []).ConfigureAwait(false);
    }

    /// <summary><c>workspace/didChangeWatchedFiles</c>: every open draft is checked again.</summary>
    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        _ = parameters;
        // The configuration, the baseline or a reference changed: every open draft is checked again (what did not change is cached).
        RecheckAll();
    }

    /// <summary><c>textDocument/hover</c>: how the claim under the cursor was read (<see cref="ClaimHover"/>), or null.</summary>
    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public async Task<Hover?> HoverAsync(TextDocumentPositionParams parameters)
    {
        if (DocumentUri.ToPath(parameters.TextDocument.Uri) is not { } path || !open.TryGetValue(path, out var document)) return null;
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var space = Workspace(path);
            var extract = space.Extract(path);
            return extract.Report is null ? null : ClaimHover.At(extract.Report, document.Checked?.Report, space.IdOf(path), parameters.Position);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary><c>textDocument/codeAction</c>: silence or accept each FactCheck diagnostic of the range.</summary>
    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public ImmutableArray<CodeAction> CodeAction(CodeActionParams parameters)
    {
        if (DocumentUri.ToPath(parameters.TextDocument.Uri) is not { } path || !open.TryGetValue(path, out var document)) return [];
        var text = Workspace(path).TextOf(path) ?? "";
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        foreach (var diagnostic in parameters.Context.Diagnostics ?? [])
        {
            if (diagnostic.Source != DraftDiagnostics.Source || diagnostic.Data?.Fingerprint is not { } fingerprint) continue;
            if (SuppressionEdit.For(path, text, diagnostic.Range.Start.Line, diagnostic.Code) is { } edit)
                actions.Add(new CodeAction($"Silence {diagnostic.Code} on this line (factcheck-ignore-next-line)", "quickfix", [diagnostic])
                {
                    Edit = new WorkspaceEdit(ImmutableDictionary<string, ImmutableArray<TextEdit>>.Empty.Add(document.Uri, [edit])),
                });
            actions.Add(new CodeAction($"Accept this {diagnostic.Code} finding into {settings.Baseline}", "quickfix", [diagnostic])
            {
                Command = new LspCommand("Accept into the baseline", AcceptCommand, [JsonSerializer.SerializeToElement(document.Uri), JsonSerializer.SerializeToElement(fingerprint)]),
            });
        }
        return actions.ToImmutable();
    }

    /// <summary><c>workspace/executeCommand</c>: <see cref="AcceptCommand"/> writes the finding to the baseline and checks the drafts again.</summary>
    [JsonRpcMethod("workspace/executeCommand", UseSingleObjectParameterDeserialization = true)]
    public async Task<object?> ExecuteCommandAsync(ExecuteCommandParams parameters)
    {
        if (parameters.Command != AcceptCommand || parameters.Arguments is not [{ ValueKind: JsonValueKind.String } uri, { ValueKind: JsonValueKind.String } fingerprint]
            || DocumentUri.ToPath(uri.GetString()!) is not { } path || !open.TryGetValue(path, out var document)) return null;
        var finding = document.Checked?.Report?.Findings.FirstOrDefault(f => Reporting.FindingFingerprint.Of(f.Finding) == fingerprint.GetString());
        if (finding is null) return null;
        await gate.WaitAsync().ConfigureAwait(false);
        Inputs.UserError? error;
        try
        {
            var space = Workspace(path);
            error = BaselineFile.Accept(space.Root, space.BaselinePath, finding);
        }
        finally
        {
            gate.Release();
        }
        if (error is not null) await rpc.NotifyWithParameterObjectAsync("window/showMessage", new { type = 1, message = "factcheck: " + error }).ConfigureAwait(false);
        RecheckAll();
        return null;
    }

    /// <inheritdoc/>
    public void Dispose() => gate.Dispose();

    /// <summary>Keeps the new text and checks it after <paramref name="delay"/>, unless another change comes first.</summary>
    private void Changed(string uri, int version, string text, TimeSpan delay)
    {
        if (DocumentUri.ToPath(uri) is not { } path) return;
        var pending = new CancellationTokenSource();
        Open? previous = null;
        open.AddOrUpdate(path, _ => new Open(uri, version, pending), (_, old) => (previous = old) with { Version = version, Pending = pending });
        previous?.Pending.Cancel();
        Workspace(path).SetText(path, text);
        _ = CheckLaterAsync(path, version, delay, pending.Token);
    }

    private void RecheckAll()
    {
        foreach (var (path, document) in open)
        {
            var pending = new CancellationTokenSource();
            if (!open.TryUpdate(path, document with { Pending = pending }, document)) continue;
            document.Pending.Cancel();
            _ = CheckLaterAsync(path, document.Version, TimeSpan.Zero, pending.Token);
        }
    }

    /// <summary>Checks <paramref name="path"/> at <paramref name="version"/> and publishes its diagnostics, unless cancelled by a newer change.</summary>
    private async Task CheckLaterAsync(string path, int version, TimeSpan delay, CancellationToken cancelled)
    {
        try
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, cancelled).ConfigureAwait(false);
            await gate.WaitAsync(cancelled).ConfigureAwait(false);
            ImmutableArray<Diagnostic> diagnostics;
            string uri;
            try
            {
                if (cancelled.IsCancellationRequested || !open.TryGetValue(path, out var document)) return;
                var space = Workspace(path);
                var result = space.Check(path);
                var id = space.IdOf(path);
                diagnostics = result.Report is { } report ? DraftDiagnostics.Of(report, id, source => DocumentUri.FromPath(space.PathOf(source)))
                    : space.IsIgnored(path) ? [] : [DraftDiagnostics.Of(result.Error!, id)];
                open.TryUpdate(path, document with { Checked = result }, document);
                uri = document.Uri;
            }
            finally
            {
                gate.Release();
            }
            await PublishAsync(uri, version, diagnostics).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // A newer change (or the close) took over.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in FactCheck: said in the editor's log, in one line as the CLI says it, and the session goes on.
            await rpc.NotifyWithParameterObjectAsync("window/logMessage", new { type = 1, message = $"factcheck: internal error: {e.GetType().Name}: {e.Message}" }).ConfigureAwait(false);
        }
    }

    private Task PublishAsync(string uri, int? version, ImmutableArray<Diagnostic> diagnostics) =>
        rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, version, diagnostics));

    /// <summary>The workspace of the folder the editor opened, or, without one, of the document's own folder.</summary>
    private DraftWorkspace Workspace(string path) => workspace ??= new DraftWorkspace(Path.GetDirectoryName(path)!, settings);

    private static string? RootOf(JsonElement parameters)
    {
        if (parameters.TryGetProperty("workspaceFolders", out var folders) && folders.ValueKind == JsonValueKind.Array
            && folders.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
            && first.TryGetProperty("uri", out var folder) && folder.ValueKind == JsonValueKind.String)
            return DocumentUri.ToPath(folder.GetString()!);
        if (parameters.TryGetProperty("rootUri", out var rootUri) && rootUri.ValueKind == JsonValueKind.String) return DocumentUri.ToPath(rootUri.GetString()!);
        return parameters.TryGetProperty("rootPath", out var rootPath) && rootPath.ValueKind == JsonValueKind.String ? rootPath.GetString() : null;
    }
}
