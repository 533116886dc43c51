using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using FactCheck.Inputs;
using FactCheck.Reporting;

namespace FactCheck.Store;

/// <summary>
/// The printed result of a check's last run (<c>DIR/runs/KEY.FORMAT.fco</c>, beside its run index), found equal in every
/// input to the check asked now, so printed again instead of checked: the report's bytes as they were printed, and the
/// exit code. The file is "FCRESULT", the SHA-256 of all that follows, then the format and tool versions, the
/// configuration's fingerprint, the <see cref="ReplayKey"/>, the files in order (path, role, SHA-256 of the text), the
/// report's bytes, and last the report's length (8 bytes) and the exit code (4 bytes), known once the report is written
/// (<see cref="ResultKeeper"/>).
/// </summary>
public sealed class KeptResult : IDisposable
{
    internal static ReadOnlySpan<byte> Magic => "FCRESULT"u8;

    /// <summary>Where the part the hash covers starts: after the magic number and the hash.</summary>
    internal const int HashedFrom = 8 + SHA256.HashSizeInBytes;

    /// <summary>The report's length and the exit code, after the report.</summary>
    internal const int TrailerLength = sizeof(long) + sizeof(int);

    private readonly FileStream file;
    private readonly long start;

    private KeptResult(FileStream file, long start, long length, int exitCode, ImmutableArray<string> files) =>
        (this.file, this.start, Length, ExitCode, Files) = (file, start, length, exitCode, files);

    /// <summary>The exit code the run that printed the report returned.</summary>
    public int ExitCode { get; }

    /// <summary>The report's length in bytes.</summary>
    public long Length { get; }

    /// <summary>The files the report was checked from (as discovered): an output file must not be one of them now either.</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>Writes the report's bytes, as they were printed, to <paramref name="output"/>.</summary>
    public void CopyTo(Stream output)
    {
        foreach (var chunk in Chunks()) output.Write(chunk.Span);
    }

    /// <summary>Writes the report to <paramref name="output"/> as the characters its UTF-8 bytes hold (a caller without a byte stream).</summary>
    public void CopyTo(TextWriter output)
    {
        // A character cut between two chunks is kept by the decoder until the next one.
        var decoder = Encoding.UTF8.GetDecoder();
        var characters = new char[Encoding.UTF8.GetMaxCharCount(ChunkLength)];
        foreach (var chunk in Chunks())
            output.Write(characters, 0, decoder.GetChars(chunk.Span, characters, flush: false));
        output.Write(characters, 0, decoder.GetChars([], characters, flush: true));
    }

    private const int ChunkLength = 1 << 16;

    /// <summary>The report's bytes, read from the kept file a chunk at a time (one buffer, reused).</summary>
    private IEnumerable<ReadOnlyMemory<byte>> Chunks()
    {
        file.Position = start;
        var buffer = new byte[ChunkLength];
        for (var left = Length; left > 0;)
        {
            var n = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (n == 0) throw new EndOfStreamException("the kept result was cut while it was printed");
            yield return buffer.AsMemory(0, n);
            left -= n;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => file.Dispose();

    /// <summary>
    /// The result kept at <paramref name="path"/> when it was printed under the same fingerprint and key from the same
    /// <paramref name="files"/> holding the same texts, else null. <paramref name="hashOf"/> gives the SHA-256 of file
    /// number k's text now (null when it cannot be read); it is asked in order, up to the first file that differs. The
    /// whole file's hash is checked only then: a result damaged anywhere is no result, and the check runs and keeps its own.
    /// </summary>
    internal static KeptResult? Open(
        string path, string fingerprint, string key, IReadOnlyList<(string File, SourceRole Role)> files, Func<int, byte[]?> hashOf)
    {
        FileStream? file = null;
        try
        {
            if (!File.Exists(path)) return null;
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            var head = new byte[HashedFrom];
            file.ReadExactly(head);
            if (!head.AsSpan(0, Magic.Length).SequenceEqual(Magic) || !SameInputs(file, fingerprint, key, files, hashOf)) return Closed(file);
            var start = file.Position;
            file.Position = HashedFrom;
            if (!SHA256.HashData(file).AsSpan().SequenceEqual(head.AsSpan(Magic.Length))) return Closed(file);
            var trailer = new byte[TrailerLength];
            file.Position = file.Length - TrailerLength;
            file.ReadExactly(trailer);
            var length = BinaryPrimitives.ReadInt64LittleEndian(trailer);
            if (length < 0 || start + length + TrailerLength != file.Length) return Closed(file);
            return new KeptResult(file, start, length, BinaryPrimitives.ReadInt32LittleEndian(trailer.AsSpan(sizeof(long))), [.. files.Select(f => f.File)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || StoreDamage.Is(e))
        {
            return Closed(file);
        }
    }

    private static bool SameInputs(Stream file, string fingerprint, string key, IReadOnlyList<(string File, SourceRole Role)> files, Func<int, byte[]?> hashOf)
    {
        using var store = new StoreReader(file);
        if (store.Int() != StoreFingerprint.FormatVersion || store.Text() != ReportBuilder.ToolVersion || store.Text() != fingerprint
            || store.Text() != key || store.Count() != files.Count) return false;
        for (var k = 0; k < files.Count; k++)
        {
            if (store.Text() != files[k].File || store.Enum<SourceRole>() != files[k].Role) return false;
            var kept = store.Bytes(SHA256.HashSizeInBytes);
            if (hashOf(k) is not { } now || !now.AsSpan().SequenceEqual(kept)) return false;
        }
        return true;
    }

    private static KeptResult? Closed(FileStream? file)
    {
        file?.Dispose();
        return null;
    }
}
