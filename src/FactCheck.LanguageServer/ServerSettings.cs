using System.Collections.Immutable;
using System.Text.Json;

namespace FactCheck.LanguageServer;

/// <summary>
/// What the editor may set in <c>initializationOptions</c>: <c>against</c> (reference paths besides the workspace folder,
/// as <c>check --against</c> takes them), <c>config</c> (as <c>--config</c>), <c>baseline</c> (the file the server reads and
/// "accept into the baseline" writes) and <c>debounce</c> (milliseconds to wait after a change before checking).
/// Relative paths are relative to the workspace folder.
/// </summary>
internal sealed record ServerSettings(ImmutableArray<string> Against, string? Config, string Baseline, TimeSpan Debounce)
{
    /// <summary>Nothing set: the workspace folder alone, its factcheck.yml, <see cref="FactCheck.Configuration.Baseline.DefaultFile"/>, 250 ms.</summary>
    public static ServerSettings Default { get; } = new([], null, FactCheck.Configuration.Baseline.DefaultFile, TimeSpan.FromMilliseconds(250));

    /// <summary>The settings in <paramref name="options"/>; what is missing or of the wrong type keeps its default.</summary>
    public static ServerSettings Read(JsonElement? options)
    {
        if (options is not { ValueKind: JsonValueKind.Object } o) return Default;
        var against = o.TryGetProperty("against", out var a) && a.ValueKind == JsonValueKind.Array
            ? [.. a.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : Default.Against;
        return new ServerSettings(
            against,
            o.TryGetProperty("config", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null,
            o.TryGetProperty("baseline", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString()! : FactCheck.Configuration.Baseline.DefaultFile,
            o.TryGetProperty("debounce", out var d) && d.TryGetInt32(out var ms) && ms >= 0 ? TimeSpan.FromMilliseconds(ms) : Default.Debounce);
    }
}
