using System.Collections.Immutable;
using FactCheck.Configuration;
using FactCheck.Inputs;
using FactCheck.Pipeline;

namespace FactCheck.LanguageServer;

/// <summary>
/// A workspace folder as the server checks it. An open document is a draft, checked against the other sources of its story
/// among the folder's files and the <c>against</c> references, as <c>factcheck check DRAFT --against FOLDER</c> checks it;
/// every open document is read from the editor's text, saved or not. The factcheck.yml (found as the CLI finds it, from
/// the folder) and the baseline are read again when they change on disk; what was read of each source is reused while
/// its text and the configuration stay the same (<see cref="SourceReadCache"/>). Not thread-safe: the server checks one at a time.
/// </summary>
internal sealed class DraftWorkspace(string root, ServerSettings settings)
{
    private readonly SourceReadCache cache = SourceReadCache.ForEditor();
    // Swapped whole, never changed in place: a check reads one set of texts while the editor's changes come in.
    private volatile ImmutableDictionary<string, string> texts = ImmutableDictionary<string, string>.Empty;
    private FileStamp configStamp = new("", default, -2);
    private (FactCheckConfig? Config, UserError? Error) config;
    private FileStamp baselineStamp = new("", default, -2);
    private (Baseline? Baseline, UserError? Error) baseline;

    /// <summary>The folder source ids are relative to.</summary>
    public string Root => root;

    /// <summary>The full path of the baseline file the server reads and writes.</summary>
    public string BaselinePath => Path.GetFullPath(settings.Baseline, root);

    /// <summary>How many sources the cache holds (for the benchmark).</summary>
    public int Cached => cache.Count;

    /// <summary>Sets the editor's text of the open document at <paramref name="path"/>.</summary>
    public void SetText(string path, string text) => texts = texts.SetItem(path, text);

    /// <summary>Forgets the open document at <paramref name="path"/>: the disk's text is read again.</summary>
    public void Close(string path) => texts = texts.Remove(path);

    /// <summary>The editor's text of <paramref name="path"/>, or null when it is not open.</summary>
    public string? TextOf(string path) => texts.GetValueOrDefault(path);

    /// <summary>The source id of <paramref name="path"/>, as reports name it.</summary>
    public string IdOf(string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>The full path of the source <paramref name="id"/>.</summary>
    public string PathOf(string id) => Path.GetFullPath(id, root);

    /// <summary>True when factcheck.yml's <c>ignore</c> leaves out <paramref name="path"/>: it is not checked, and has no diagnostics.</summary>
    public bool IsIgnored(string path) => Configuration().Config?.IsIgnored(path) == true;

    /// <summary>Checks the draft at <paramref name="path"/> against the workspace: its findings, or what stopped the check.</summary>
    public CheckResult Check(string path) => Run(path, extract: false);

    /// <summary>Every claim of the workspace's sources, read in the draft's story (<c>extract</c>): what a hover shows.</summary>
    public CheckResult Extract(string path) => Run(path, extract: true);

    private CheckResult Run(string path, bool extract)
    {
        var (configuration, configError) = Configuration();
        if (configError is not null) return new CheckResult(null, configError, null);
        var (accepted, baselineError) = Accepted();
        if (baselineError is not null) return new CheckResult(null, baselineError, null);
        return FactChecker.Check(new CheckOptions([path], root)
        {
            Against = [root, .. settings.Against, .. configuration!.Against],
            Configuration = configuration!,
            Baseline = accepted,
            Overlays = texts,
            Cache = cache,
            Extract = extract,
        });
    }

    /// <summary>The configuration, read again when its file changed (or appeared, or went away) since the last check.</summary>
    private (FactCheckConfig? Config, UserError? Error) Configuration()
    {
        var stamp = FileStamp.Of(settings.Config is { } given ? Path.GetFullPath(given, root) : ConfigLocator.Find(root));
        if (stamp != configStamp) (config, configStamp) = (ConfigLocator.Load(root, settings.Config), stamp);
        return config;
    }

    /// <summary>The baseline when its file exists, read again when it changed.</summary>
    private (Baseline? Baseline, UserError? Error) Accepted()
    {
        var stamp = FileStamp.Of(BaselinePath);
        if (stamp != baselineStamp) (baseline, baselineStamp) = (stamp.Exists ? Baseline.Read(root, BaselinePath) : (null, null), stamp);
        return baseline;
    }
}
