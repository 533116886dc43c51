using FactCheck.Files;
using FactCheck.Inputs;

namespace FactCheck.Store;

/// <summary>
/// What a run with <c>--cache DIR</c> knew of each of its files when it ended, as git's index knows its tree: the file's
/// size and times when its text was hashed, the hash, and where its entry lies in a segment (<see cref="RunStore"/>). A file
/// whose size and times are those indexed is taken to hold the text hashed, without being read. The entry is the read
/// without its text (<see cref="SourceReadWriter"/>), <see cref="Length"/> bytes of which the first
/// <see cref="ProfileLength"/> end with the profile, then the text in UTF-8 (<see cref="TextLength"/> bytes): a file not
/// read for claims is decoded from its first part alone, checked against <see cref="ProfileHash"/>; the whole entry is
/// checked against <see cref="EntryHash"/>.
/// </summary>
internal sealed record IndexedFile(
    string File, SourceRole Role, FileStamp Stamp, byte[] Hash, string Segment, long Offset,
    int ProfileLength, int Length, int TextLength, byte[] ProfileHash, byte[] EntryHash);

/// <summary>
/// A file's size, identity (device and inode), last write time and status change time (ticks), as git's index keeps them:
/// a file replaced by another (an editor's save-by-rename, a checkout) has another inode, and one rewritten in place with
/// its size and write time kept has a new status change time.
/// </summary>
internal readonly record struct FileStamp(long Size, ulong Device, ulong Inode, long Modified, long Changed)
{
    /// <summary>The stamp of <paramref name="file"/> now, or null when it is not a regular file.</summary>
    public static FileStamp? Of(string file) => Of(FileStatus.Of(file));

    /// <summary>The stamp of a file whose status is <paramref name="status"/>, or null when it is not a regular file.</summary>
    public static FileStamp? Of(FileStatus status) =>
        status.Kind == FileKind.Regular ? new FileStamp(status.Length, status.Device, status.Inode, status.Modified, status.Changed) : null;

    /// <summary>The stamp of <paramref name="file"/> from its status in <paramref name="known"/> when it is there (taken when the file was found), else from the system now.</summary>
    public static FileStamp? Of(string file, IReadOnlyDictionary<string, FileStatus>? known) =>
        known is not null && known.TryGetValue(file, out var status) ? Of(status) : Of(file);

    /// <summary>The later of the two times: a stamp changed at or after the index was written is not trusted.</summary>
    public long Latest => Math.Max(Modified, Changed);
}

/// <summary>The index file itself: its records in an envelope (<see cref="StoreEnvelope"/>), so a damaged index is no index.</summary>
internal static class RunIndex
{
    private static readonly byte[] Magic = "FCINDEX2"u8.ToArray();

    /// <summary>
    /// The records of the index at <paramref name="path"/> and the time it was written (ticks), or none when it is missing,
    /// damaged or of another configuration. A record whose file changed after that time, within the times' granularity,
    /// may not show it in its stamp: <see cref="RunStore"/> hashes such a file again.
    /// </summary>
    public static (Dictionary<(string File, SourceRole Role), IndexedFile> Records, long Written) Read(string path, string fingerprint)
    {
        var records = new Dictionary<(string, SourceRole), IndexedFile>();
        try
        {
            var written = File.GetLastWriteTimeUtc(path).Ticks;
            var (body, problem, _, _) = StoreEnvelope.Open(File.ReadAllBytes(path), Magic, fingerprint);
            if (problem != StoreEnvelope.Problem.None) return ([], 0);
            using var store = body!;
            for (var n = store.Count(); n > 0; n--)
            {
                var record = new IndexedFile(
                    store.Text(), store.Enum<SourceRole>(), new FileStamp(store.Long(), (ulong)store.Long(), (ulong)store.Long(), store.Long(), store.Long()), store.Bytes(32),
                    store.String(), store.Long(), store.Int(), store.Int(), store.Int(), store.Bytes(32), store.Bytes(32));
                records[(record.File, record.Role)] = record;
            }
            return store.AtEnd ? (records, written) : ([], 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || StoreDamage.Is(e))
        {
            return ([], 0);
        }
    }

    /// <summary>Writes <paramref name="records"/> to <paramref name="temporary"/>, to be renamed over the index.</summary>
    public static void Write(string temporary, string fingerprint, IReadOnlyCollection<IndexedFile> records)
    {
        using var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        StoreEnvelope.Write(stream, Magic, fingerprint, store =>
        {
            store.Int(records.Count);
            foreach (var record in records)
            {
                store.Text(record.File);
                store.Int((int)record.Role);
                store.Long(record.Stamp.Size);
                store.Long((long)record.Stamp.Device);
                store.Long((long)record.Stamp.Inode);
                store.Long(record.Stamp.Modified);
                store.Long(record.Stamp.Changed);
                store.Bytes(record.Hash);
                store.String(record.Segment);
                store.Long(record.Offset);
                store.Int(record.ProfileLength);
                store.Int(record.Length);
                store.Int(record.TextLength);
                store.Bytes(record.ProfileHash);
                store.Bytes(record.EntryHash);
            }
        });
    }
}
