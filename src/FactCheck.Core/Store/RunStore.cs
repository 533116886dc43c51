using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using FactCheck.Files;
using FactCheck.Inputs;
using FactCheck.Languages;
using FactCheck.Pipeline;
using FactCheck.Stories;

namespace FactCheck.Store;

/// <summary>
/// What a command line run with <c>--cache DIR</c> needs of its files for the next run of the same check (same paths,
/// working directory and configuration), in a few files instead of one entry per file: an index (<see cref="RunIndex"/>,
/// <c>DIR/runs/KEY.fci</c>) and the segments its records point into (<c>DIR/runs/KEY.NAME.fcp</c>), each entry holding
/// the file's text as well, so that a file whose size and times are those indexed is neither opened nor hashed. A run
/// appends what it read anew to a segment of its own and, when anything changed, renames a new index into place: a
/// reader finds the old index or the new one, whole. Segments the new index no longer names are deleted.
/// </summary>
internal sealed class RunStore : IDisposable
{
    private readonly string folder;
    private readonly string key;
    private readonly string fingerprint;
    private readonly LanguagePacks languages;
    private readonly Dictionary<(string File, SourceRole Role), IndexedFile> indexed;
    private readonly long indexWritten;
    private readonly ConcurrentDictionary<(string File, SourceRole Role), FileStamp> seen = new();
    private readonly ConcurrentDictionary<(string File, SourceRole Role), IndexedFile> kept = new();
    private readonly ConcurrentDictionary<string, SafeFileHandleBox> segments = new();
    private readonly Lock appending = new();
    private FileStream? segment;
    private readonly string segmentName = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
    private bool broken;
    private (byte[] Digest, StoryMap Stories)? grouped;

    /// <summary>
    /// The strings of the profiles <see cref="Unchanged"/> decodes, each value held once: decoded entry by entry, the
    /// features' keys and displays of the bench corpus's 29,151 profiles were 2.2 million strings, 57 MB more than the first
    /// pass of a check without the cache holds (its stages share them). Let go when the first whole entry is read
    /// (<see cref="Whole"/>): the claims pass reads no profile, and the pool would outlive the profiles it serves.
    /// </summary>
    private ConcurrentDictionary<string, string>? profileStrings = new(StringComparer.Ordinal);

    private RunStore(string folder, string key, string fingerprint, LanguagePacks languages)
    {
        (this.folder, this.key, this.fingerprint, this.languages) = (folder, key, fingerprint, languages);
        (indexed, indexWritten) = RunIndex.Read(IndexPath, fingerprint);
    }

    /// <summary>The store of <paramref name="options"/>' check in the cache folder <paramref name="cacheFolder"/>.</summary>
    public static RunStore For(string cacheFolder, CheckOptions options, string fingerprint, LanguagePacks languages)
    {
        var run = string.Join('\0', [options.WorkingDirectory, .. options.Paths, "\0against", .. options.Against]);
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{fingerprint}\0{run}")))[..32];
        return new RunStore(Path.Combine(cacheFolder, "runs"), key, fingerprint, languages);
    }

    private string IndexPath => Path.Combine(folder, key + ".fci");

    private string SegmentPath(string name) => Path.Combine(folder, $"{key}.{name}.fcp");

    private string StoriesPath => Path.Combine(folder, key + ".fcs");

    private string ResultPath(string format) => Path.Combine(folder, $"{key}.{format}.fco");

    /// <summary>
    /// The SHA-256 of <paramref name="file"/>'s text the index holds when the file's stamp is the one indexed (and was not
    /// taken in the tick the index was written: <see cref="Unchanged"/>), else null: the file must be read and hashed.
    /// </summary>
    public byte[]? IndexedHash(string file, SourceRole role, IReadOnlyDictionary<string, FileStatus>? known = null) =>
        FileStamp.Of(file, known) is { } stamp && indexed.TryGetValue((file, role), out var record) && record.Stamp == stamp && stamp.Latest < indexWritten
            ? record.Hash
            : null;

    /// <summary>
    /// The SHA-256 of <paramref name="file"/>'s text, read and hashed because <see cref="IndexedHash"/> could not give it (a
    /// file touched, or stamped in the tick the index was written); null when it cannot be read. When the text is the one
    /// indexed, the stamp the file had before it was read is noted, for <see cref="Restamp"/>: a file written meanwhile has
    /// a later stamp, which the next run does not trust.
    /// </summary>
    public byte[]? HashAgain(string file, SourceRole role, Func<string, byte[]?> readAndHash)
    {
        var stamp = FileStamp.Of(file);
        if (readAndHash(file) is not { } hash) return null;
        if (stamp is { } now && indexed.TryGetValue((file, role), out var record) && record.Hash.AsSpan().SequenceEqual(hash)) seen[(file, role)] = now;
        return hash;
    }

    /// <summary>
    /// After a result was replayed: when a file was read and hashed again and found holding the text indexed
    /// (<see cref="HashAgain"/>), writes the index of <paramref name="files"/> with the stamps they have now, so that the next
    /// replay does not read them again (git refreshes its index alike). Nothing is written when every stamp was the one indexed.
    /// </summary>
    public void Restamp(IReadOnlyList<(string File, SourceRole Role)> files)
    {
        if (seen.IsEmpty || !files.All(indexed.ContainsKey)) return;
        foreach (var file in files)
        {
            kept[file] = indexed[file];
            seen.TryAdd(file, indexed[file].Stamp);
        }
        Commit();
    }

    /// <summary>The last printed result of this check in <paramref name="format"/> when its key and files are these (<see cref="KeptResult.Open"/>), or null.</summary>
    public KeptResult? Result(string format, string replayKey, IReadOnlyList<(string File, SourceRole Role)> files, Func<int, byte[]?> hashOf) =>
        KeptResult.Open(ResultPath(format), fingerprint, replayKey, files, hashOf);

    /// <summary>A keeper of this check's printed result in <paramref name="format"/>, read from <paramref name="files"/>; it replaces the last one when committed.</summary>
    public ResultKeeper? Keeper(string format, string replayKey, IReadOnlyList<(string File, SourceRole Role, byte[] Hash)> files) =>
        ResultKeeper.Create(ResultPath(format), fingerprint, replayKey, files);

    /// <summary>The stories of the last run of this check when they were grouped from profiles of <paramref name="digest"/> (<see cref="GroupingDigest"/>), or null.</summary>
    public StoryMap? Stories(byte[] digest) => KeptStories.Read(StoriesPath, fingerprint, digest);

    /// <summary>Keeps <paramref name="stories"/>, grouped anew from profiles of <paramref name="digest"/>, for the next run (written by <see cref="Commit"/>).</summary>
    public void Keep(byte[] digest, StoryMap stories) => grouped = (digest, stories);

    /// <summary>
    /// The read of <paramref name="file"/> without its text nor claims when the file's stamp is the one indexed, or null (the
    /// file must be read). A stamp taken within the index's last write time is not trusted: the file may have changed
    /// after it was hashed within the same tick (git's "racily clean" entries); such a file is read and hashed again.
    /// </summary>
    public SourceRead? Unchanged(string file, SourceRole role, IReadOnlyDictionary<string, FileStatus>? known = null)
    {
        if (FileStamp.Of(file, known) is not { } stamp) return null;
        seen[(file, role)] = stamp;
        if (!indexed.TryGetValue((file, role), out var record) || record.Stamp != stamp || stamp.Latest >= indexWritten) return null;
        if (Bytes(record, record.ProfileLength, record.ProfileHash) is not { } profile
            || Decode(profile, profile.Length, file, record, "", profileOnly: true, profileStrings) is not { } read) return null;
        kept[(file, role)] = record;
        return read with { Unread = true, IndexedBytes = record.TextLength };
    }

    /// <summary>The read of <paramref name="file"/> whose text is <paramref name="text"/>, hashed <paramref name="hash"/>, when the index has it.</summary>
    public SourceRead? Find(string file, SourceRole role, string hash, string text)
    {
        if (!indexed.TryGetValue((file, role), out var record) || Convert.ToHexStringLower(record.Hash) != hash
            || Bytes(record, record.Length + record.TextLength, record.EntryHash) is not { } entry) return null;
        var read = Decode(entry, record.Length, file, record, text, profileOnly: false);
        if (read is not null) kept[(file, role)] = record;
        return read;
    }

    /// <summary>
    /// The whole of a read <see cref="Unchanged"/> gave: its text and claims, decoded from its entry; or null when the
    /// entry cannot be read again (the segment was opened for the profile and is never written again: only a disk failing,
    /// or a segment cut or deleted by hand, between the two reads makes this fail), and the file must be read instead.
    /// </summary>
    public SourceRead? Whole(SourceRead unread)
    {
        profileStrings = null;
        var record = indexed[(unread.File, unread.Role)];
        if (Bytes(record, record.Length + record.TextLength, record.EntryHash) is not { } entry) return null;
        var text = Encoding.UTF8.GetString(entry, record.Length, record.TextLength);
        return Decode(entry, record.Length, unread.File, record, text, profileOnly: false);
    }

    /// <summary>
    /// Appends <paramref name="read"/>, written as <paramref name="encoded"/>, its text after it, to this run's segment, for
    /// the index this run writes. The text is <paramref name="utf8"/> when given (<see cref="SourceReadCache.Utf8Of"/>).
    /// </summary>
    public void Keep(SourceRead read, EncodedRead encoded, byte[]? utf8 = null)
    {
        if (broken || !seen.TryGetValue((read.File, read.Role), out var stamp)) return;
        // Strict: a text that UTF-8 cannot hold as it is (a lone surrogate) would come back otherwise, and is not kept.
        if ((utf8 ?? SourceReadCache.Utf8Of(read.Document.Text)) is not { } text) return;
        var (length, profileLength) = (encoded.Length, encoded.ProfileLength);
        var profileHash = SHA256.HashData(encoded.Bytes[..profileLength]);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(encoded.Bytes);
        hash.AppendData(text);
        var entryHash = hash.GetHashAndReset();
        try
        {
            lock (appending)
            {
                if (segment is null)
                {
                    Directory.CreateDirectory(folder);
                    segment = new FileStream(SegmentPath(segmentName), FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16);
                }
                var offset = segment.Position;
                segment.Write(encoded.Bytes);
                segment.Write(text);
                kept[(read.File, read.Role)] = new IndexedFile(
                    read.File, read.Role, stamp, Convert.FromHexString(read.Hash), segmentName, offset, profileLength, length, text.Length, profileHash, entryHash);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be written is given up for the run, as the entries' (DiskCache) is: the check goes on.
            broken = true;
        }
    }

    /// <summary>
    /// Ends the run: when any file was read anew, is gone, or has another stamp than the one indexed, writes the index of
    /// this run's files (what it kept, with the stamps it saw) and deletes the segments no longer named.
    /// </summary>
    public void Commit()
    {
        Dispose();
        if (grouped is { } anew) WriteStories(anew.Digest, anew.Stories);
        var records = kept.Select(p => p.Value with { Stamp = seen[p.Key] }).OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Role).ToList();
        var unchanged = records.Count == indexed.Count && records.All(r => indexed.TryGetValue((r.File, r.Role), out var old) && Same(old, r));
        if (broken || unchanged) return;
        var temporary = $"{IndexPath}.{Environment.ProcessId}.{segmentName}.tmp";
        try
        {
            RunIndex.Write(temporary, fingerprint, records);
            File.Move(temporary, IndexPath, overwrite: true);
            var named = records.Select(r => SegmentPath(r.Segment)).ToHashSet(StringComparer.Ordinal);
            foreach (var old in Directory.EnumerateFiles(folder, key + ".*.fcp"))
                if (!named.Contains(old)) File.Delete(old);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next run finds the old index, or none, and reads what changed again.
            DeleteQuietly(temporary);
        }
    }

    private static void DeleteQuietly(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: a temporary file is never read as an index or as stories.
        }
    }

    /// <summary>Writes the stories grouped anew (temp + rename: a reader finds the old ones or the new ones, whole), unless the folder cannot be written.</summary>
    private void WriteStories(byte[] digest, StoryMap stories)
    {
        var temporary = $"{StoriesPath}.{Environment.ProcessId}.{segmentName}.tmp";
        try
        {
            Directory.CreateDirectory(folder);
            KeptStories.Write(temporary, fingerprint, digest, stories);
            File.Move(temporary, StoriesPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DeleteQuietly(temporary);
        }
    }

    /// <summary>Closes the segments read and the one written.</summary>
    public void Dispose()
    {
        foreach (var handle in segments.Values) handle.Dispose();
        lock (appending)
        {
            segment?.Dispose();
            segment = null;
        }
    }

    private static bool Same(IndexedFile a, IndexedFile b) =>
        a.Stamp == b.Stamp && a.Segment == b.Segment && a.Offset == b.Offset && a.Length == b.Length;

    /// <summary>The first <paramref name="count"/> bytes of <paramref name="record"/>'s entry if they hash to <paramref name="hash"/>, or null.</summary>
    private byte[]? Bytes(IndexedFile record, int count, byte[] hash)
    {
        try
        {
            var handle = segments.GetOrAdd(record.Segment, name => new SafeFileHandleBox(SegmentPath(name)));
            var bytes = new byte[count];
            return handle.Read(bytes, record.Offset) == count && SHA256.HashData(bytes).AsSpan().SequenceEqual(hash) ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private SourceRead? Decode(byte[] entry, int length, string file, IndexedFile record, string text, bool profileOnly, ConcurrentDictionary<string, string>? shared = null)
    {
        try
        {
            using var store = new StoreReader(new MemoryStream(entry, 0, length, writable: false), shared);
            var read = new SourceReadReader(store, languages).Read(file, Convert.ToHexStringLower(record.Hash), text, profileOnly);
            return read.Role == record.Role && (profileOnly || store.AtEnd) ? read : null;
        }
        catch (Exception e) when (StoreDamage.Is(e))
        {
            return null;
        }
    }

    /// <summary>A segment opened once for the run and read at offsets from any thread; one that cannot be opened reads nothing.</summary>
    private sealed class SafeFileHandleBox(string path) : IDisposable
    {
        private readonly Lazy<Microsoft.Win32.SafeHandles.SafeFileHandle?> handle = new(() =>
        {
            try
            {
                return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        });

        public int Read(byte[] buffer, long offset)
        {
            if (handle.Value is not { } open) return -1;
            var done = 0;
            while (done < buffer.Length && RandomAccess.Read(open, buffer.AsSpan(done), offset + done) is var n and > 0) done += n;
            return done;
        }

        public void Dispose()
        {
            if (handle.IsValueCreated) handle.Value?.Dispose();
        }
    }
}
