using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json;
using FactCheck.LanguageServer;
using FactCheck.Pipeline;
using Nerdbank.Streams;
using StreamJsonRpc;
using static System.FormattableString;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>lsp</c>: how long the language server takes to answer an edit of a 5 KB draft in a story of ten sources
/// (<see cref="LspStory"/>), from the change sent to the diagnostics received, over JSON-RPC on an in-memory pipe with
/// no debounce; then the same check called directly with and without the per-source cache, to show what the cache saves.
/// </summary>
internal static class LspCommand
{
    private const int WarmUp = 10;

    public static int Run(int edits)
    {
        var root = Directory.CreateDirectory(Path.Combine(Directory.CreateTempSubdirectory("factcheck-lsp-bench-").FullName, ".git")).Parent!.FullName;
        try
        {
            var draft = LspStory.Write(root);
            Console.WriteLine(Invariant($"story: 10 sources, the draft {System.Text.Encoding.UTF8.GetByteCount(draft):N0} bytes, {edits} timed edits after {WarmUp} to warm up"));
            TimeServer(root, edits).GetAwaiter().GetResult();
            TimeChecks(root, edits);
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task TimeServer(string root, int edits)
    {
        var (serverEnd, clientEnd) = FullDuplexStream.CreatePair();
        var server = LanguageServerHost.RunAsync(serverEnd, serverEnd);
        var editor = new Editor();
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientEnd, clientEnd, new SystemTextJsonFormatter()));
        rpc.AddLocalRpcTarget(editor);
        rpc.StartListening();
        var uri = new Uri(Path.Combine(root, LspStory.Draft)).AbsoluteUri;
        await rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { rootUri = new Uri(root).AbsoluteUri, capabilities = new { }, initializationOptions = new { debounce = 0 } });

        var clock = Stopwatch.StartNew();
        await rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version = 1, text = LspStory.DraftWithCost(85) } });
        var findings = await editor.Published(1);
        Console.WriteLine(Invariant($"open (first check of the process: JIT, data, every source read): {clock.ElapsedMilliseconds} ms, {findings} diagnostic(s)"));

        var (times, last) = (new List<double>(), 0);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var version = 2; version < 2 + WarmUp + edits; version++)
        {
            if (version == 2 + WarmUp) cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            // A figure typed: the cost goes 86, 87, … and the draft disagrees with the outlets' €85m again and again.
            await rpc.NotifyWithParameterObjectAsync("textDocument/didChange",
                new { textDocument = new { uri, version }, contentChanges = new[] { new { text = LspStory.DraftWithCost(85 + version) } } });
            last = await editor.Published(version);
            if (version >= 2 + WarmUp) times.Add(clock.Elapsed.TotalMilliseconds);
        }
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / edits;
        Console.WriteLine(Invariant($"edit → diagnostics over JSON-RPC: {Summary(times)}; CPU {used:0} ms an edit; {last} diagnostic(s) at the last"));
        await rpc.InvokeAsync<JsonElement>("shutdown");
        await rpc.NotifyAsync("exit");
        await server;
    }

    /// <summary>The server's check, called directly: with the cache it keeps, and with none (every source read again).</summary>
    private static void TimeChecks(string root, int edits)
    {
        var draft = Path.Combine(root, LspStory.Draft);
        var cache = new SourceReadCache();
        CheckOptions Options(int cost, SourceReadCache? with) => new([draft], root)
        {
            Against = [root], Overlays = ImmutableDictionary<string, string>.Empty.Add(draft, LspStory.DraftWithCost(cost)), Cache = with,
        };
        foreach (var (name, with) in new[] { ("with the cache", cache), ("without a cache", (SourceReadCache?)null) })
        {
            for (var i = 0; i < WarmUp; i++) FactChecker.Check(Options(200 + i, with));
            var times = new List<double>();
            var stages = new List<StageTimes>();
            for (var i = 0; i < edits; i++)
            {
                var clock = Stopwatch.StartNew();
                stages.Add(FactChecker.Check(Options(300 + i, with)).Stats!);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine(Invariant($"FactChecker.Check {name}: {Summary(times)}"));
            // Each stage's median: where an edit's time goes.
            Console.WriteLine("  " + string.Join(", ", stages[0].Stages.Select((s, k) =>
                Invariant($"{s.Stage} {stages.Select(t => t.Stages[k].Time.TotalMilliseconds).Order().ElementAt(stages.Count / 2):0.0}"))) + " (ms)");
        }
    }

    private static string Summary(List<double> times)
    {
        var sorted = times.Order().ToArray();
        return Invariant($"median {sorted[sorted.Length / 2]:0} ms, 90th percentile {sorted[(int)(sorted.Length * 0.9)]:0} ms, max {sorted[^1]:0} ms");
    }

    /// <summary>The editor's end: counts the diagnostics of each version published.</summary>
    private sealed class Editor
    {
        private readonly ConcurrentDictionary<int, TaskCompletionSource<int>> versions = new();

        public Task<int> Published(int version) => versions.GetOrAdd(version, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void Publish(JsonElement parameters)
        {
            if (parameters.GetProperty("version").ValueKind == JsonValueKind.Number)
                versions.GetOrAdd(parameters.GetProperty("version").GetInt32(), _ => new(TaskCreationOptions.RunContinuationsAsynchronously))
                    .TrySetResult(parameters.GetProperty("diagnostics").GetArrayLength());
        }
    }
}
