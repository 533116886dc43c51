using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using FactCheck.Files;
using FactCheck.Inputs;
using FactCheck.Sources;
using FactCheck.Store;
using FactCheck.Stories;

namespace FactCheck.Pipeline;

/// <summary>
/// What the per-source stages read of each file (its document, story profile, mentions and framed claims), kept in memory
/// between checks (<see cref="CheckOptions.Cache"/>), so that a check run again after one file changed, as an editor's
/// language server runs it, reads only that file. An entry is used when the file's full path, role and text (by SHA-256)
/// are those it was read with. The cache serves one configuration at a time: its stages are kept with it, and a check
/// with another factcheck.yml (read again after an edit), working directory, kinds, languages or places files empties it.
/// Given a folder, it keeps each read on disk as well, for the checks of later processes: a command line run in the segments
/// of its run index (<see cref="RunStore"/>), the language server's checks one entry per file (<see cref="DiskCache"/>).
/// </summary>
public sealed class SourceReadCache
{
    private readonly DiskCache? disk;
    private readonly bool inMemory = true;
    private RunStore? runs;

    /// <summary>A cache in memory only, for the checks of one process.</summary>
    public SourceReadCache()
    {
    }

    /// <summary>
    /// A cache kept in <paramref name="folder"/> (created when first written), and in memory too when <paramref name="inMemory"/>
    /// (a language server checks again and again; one command line run reads each file once, and keeps nothing).
    /// </summary>
    public SourceReadCache(string folder, bool inMemory = false) => (disk, this.inMemory) = (new DiskCache(folder), inMemory);

    /// <summary>
    /// The cache a language server uses: kept in the user's cache folder (<c>$XDG_CACHE_HOME/factcheck</c>, by default
    /// <c>~/.cache/factcheck</c>) and in memory, or in memory only where there is no such folder or it cannot be made.
    /// </summary>
    public static SourceReadCache ForEditor()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg) ? xdg
            : home.Length > 0 ? Path.Combine(home, ".cache") : null;
        if (root is null) return new SourceReadCache();
        try
        {
            return new SourceReadCache(Directory.CreateDirectory(Path.Combine(root, "factcheck")).FullName, inMemory: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SourceReadCache();
        }
    }

    private readonly ConcurrentDictionary<(string File, SourceRole Role), SourceRead> reads = new();
    private readonly Lock gate = new();
    private CheckOptions? builtFor;
    private (CheckStages? Stages, UserError? Error) built;

    /// <summary>How many files the cache holds.</summary>
    public int Count => reads.Count;

    /// <summary>
    /// True when the cache holds its reads in memory (the language server's): a text kept in a read lives on there anyway.
    /// A command line run's cache writes them to disk and holds nothing.
    /// </summary>
    internal bool HoldsReads => inMemory;

    /// <summary>The stages for <paramref name="options"/>: those built for the last check when it had the same configuration.</summary>
    internal (CheckStages? Stages, UserError? Error) StagesFor(CheckOptions options)
    {
        lock (gate)
        {
            if (builtFor is null || !SameConfiguration(builtFor, options))
            {
                reads.Clear();
                built = CheckStages.Build(options);
                builtFor = options;
                if (built.Stages is { } stages) disk?.Configure(options, stages.Languages);
            }
            // A command line run's files are indexed for its next run; an editor's checks, of changing buffers, are not.
            runs = disk is not null && !inMemory && built.Stages is { } runStages && options.Overlays.IsEmpty
                ? RunStore.For(disk.Folder, options, StoreFingerprint.Of(options), runStages.Languages) : null;
            return built;
        }
    }

    /// <summary>
    /// What was read of <paramref name="file"/> as <paramref name="role"/> when the run index (<see cref="RunStore"/>) says it
    /// has not changed since the last run of the same check, without its text (<see cref="SourceRead.Unread"/>), or null: the
    /// file must be read and <see cref="Find"/> asked.
    /// </summary>
    /// <paramref name="known"/>: the files' statuses taken when they were found (<see cref="SourceLoader.Statuses"/>), asked instead of the system.
    internal SourceRead? Unchanged(string file, SourceRole role, IReadOnlyDictionary<string, FileStatus>? known = null) => runs?.Unchanged(file, role, known);

    /// <summary>What was read of <paramref name="file"/> as <paramref name="role"/> when its text was <paramref name="text"/>, hashed <paramref name="hash"/> (<see cref="HashOf"/>), or null.</summary>
    internal SourceRead? Find(string file, SourceRole role, string hash, string text)
    {
        if (reads.TryGetValue((file, role), out var read) && read.Hash == hash) return read;
        if (runs?.Find(file, role, hash, text) is { } indexed) return indexed;
        if (disk?.Find(file, role, hash, text) is not { } stored) return null;
        if (inMemory) reads[(file, role)] = stored;
        if (runs is not null && built.Stages is { } stages && SourceReadWriter.CanWrite(stored)) runs.Keep(stored, EncodedRead.Of(stored, stages.Languages));
        return stored;
    }

    /// <summary>The whole of a read <see cref="Unchanged"/> gave: its text, and its claims when they were read; null when its entry cannot be read again.</summary>
    internal SourceRead? Whole(SourceRead unread) => runs!.Whole(unread);

    /// <summary>
    /// Keeps <paramref name="read"/>, in place of what was read of its file before; <paramref name="utf8"/>, when given, is its
    /// text in UTF-8 (<see cref="Utf8Of"/>), as a run index keeps it.
    /// </summary>
    internal void Keep(SourceRead read, byte[]? utf8 = null)
    {
        if (inMemory) reads[(read.File, read.Role)] = read;
        // A read holding a kind a library user registered is not stored (SourceReadWriter.CanWrite).
        if (disk is null || built.Stages is not { } stages || !SourceReadWriter.CanWrite(read)) return;
        var encoded = EncodedRead.Of(read, stages.Languages);
        // A command line run keeps its reads in its run's segment only: an entry per file besides doubled the folder
        // (341 MB for the bench corpus) and the files a fill creates, for the rare text that comes back after an edit.
        if (runs is not null) runs.Keep(read, encoded, utf8);
        else disk.Keep(read, encoded);
    }

    /// <summary>
    /// The stories of <paramref name="profiles"/>: the last run's when this check's profiles have not changed since
    /// (<see cref="GroupingDigest"/>: the grouping depends on them alone), else grouped and kept for the next run.
    /// Without a run index (the language server, or a folder-less cache) they are always grouped.
    /// </summary>
    internal StoryMap Group(ImmutableArray<StoryProfile> profiles, StoryMode mode, ParallelOptions parallel)
    {
        if (runs is null) return new StoryGrouper(mode).Group(profiles, parallel);
        var digest = GroupingDigest.Of(profiles, mode);
        if (runs.Stories(digest) is { } kept) return kept;
        var stories = new StoryGrouper(mode).Group(profiles, parallel);
        runs.Keep(digest, stories);
        return stories;
    }

    /// <summary>
    /// The printed result of the last run of this check when none of its inputs changed since (<see cref="KeptResult"/>):
    /// the same <see cref="ReplayKey"/> and fingerprint, and the same <paramref name="files"/> in order, each in the same
    /// role and holding the same text. A file whose stamp is the one indexed is not opened (the run index gives its text's
    /// hash); any other is read and hashed (<paramref name="readAgain"/> counts them), in order, up to the first that differs.
    /// </summary>
    internal KeptResult? Replay(CheckOptions options, IReadOnlyList<(string File, SourceRole Role)> files, SourceLoader loader, out int readAgain)
    {
        readAgain = 0;
        if (runs is null || ReplayKey.Of(options) is not { } key) return null;
        var read = 0;
        var result = runs.Result(options.Printing!.Format, key, files, k =>
        {
            if (runs.IndexedHash(files[k].File, files[k].Role, loader.Statuses) is { } indexed) return indexed;
            read++;
            return runs.HashAgain(files[k].File, files[k].Role, file => loader.ReadText(file).Text is { } text ? Convert.FromHexString(HashOf(text)) : null);
        });
        readAgain = read;
        // The files read again hold the texts indexed: their new stamps are indexed, and the next replay opens none of them.
        if (result is not null) runs.Restamp(files);
        return result;
    }

    /// <summary>
    /// A keeper of this check's printed result, read from <paramref name="files"/> whose texts hashed <paramref name="hashes"/>
    /// (<see cref="SourceRead.Hash"/>, the texts the check read); null when it is never kept (<see cref="ReplayKey.Of"/>),
    /// or a file has no hash (it could not be read, or was not read through the cache).
    /// </summary>
    internal ResultKeeper? Keeper(CheckOptions options, IReadOnlyList<(string File, SourceRole Role)> files, string?[] hashes)
    {
        if (runs is null || ReplayKey.Of(options) is not { } key || hashes.Any(h => h is null)) return null;
        return runs.Keeper(options.Printing!.Format, key, [.. files.Select((f, k) => (f.File, f.Role, Convert.FromHexString(hashes[k]!)))]);
    }

    /// <summary>Ends a check: the run index is written when any of its files changed (<see cref="RunStore.Commit"/>).</summary>
    internal void Commit() => runs?.Commit();

    /// <summary>
    /// <paramref name="text"/> in UTF-8 as a run index keeps it, or null when UTF-8 cannot hold it as it is (a lone
    /// surrogate would come back as another character): such a text is not kept.
    /// </summary>
    internal static byte[]? Utf8Of(string text)
    {
        try
        {
            return StrictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The SHA-256 of <paramref name="text"/>'s UTF-16 code units (the text as read, whatever the file's encoding), in hex.</summary>
    internal static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan())));

    // Reference equality for the configuration: a factcheck.yml read again is a new object, and what it says may have changed.
    private static bool SameConfiguration(CheckOptions a, CheckOptions b) =>
        ReferenceEquals(a.Configuration, b.Configuration) && a.WorkingDirectory == b.WorkingDirectory && a.RecognizerScope == b.RecognizerScope
        && a.Kinds.SequenceEqual(b.Kinds) && a.LanguageFiles.SequenceEqual(b.LanguageFiles) && a.PlaceFiles.SequenceEqual(b.PlaceFiles);
}
