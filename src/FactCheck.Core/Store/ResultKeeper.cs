using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using FactCheck.Inputs;
using FactCheck.Reporting;

namespace FactCheck.Store;

/// <summary>
/// Keeps a check's printed result for its next run (<see cref="KeptResult"/>) while it is printed: the report's bytes go to
/// their destination and, through <see cref="Tee(Stream)"/> or <see cref="Tee(TextWriter)"/>, to a temporary file beside
/// the kept result, hashed as they pass, so the report is never held in memory for it. <see cref="Commit"/> adds the exit
/// code and renames the file into place (a reader finds the old result or the new one, whole); disposed without it (the
/// report could not be printed, the check failed), the temporary file is deleted. A folder that cannot be written keeps
/// nothing, and the report is printed all the same.
/// </summary>
public sealed class ResultKeeper : IDisposable
{
    private readonly string path;
    private readonly string temporary;
    private readonly FileStream file;
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly long reportStart;
    private TextWriter? text;
    private bool failed;
    private bool done;

    private ResultKeeper(string path, string temporary, FileStream file, byte[] inputs)
    {
        (this.path, this.temporary, this.file) = (path, temporary, file);
        file.Write(KeptResult.Magic);
        file.Write(new byte[SHA256.HashSizeInBytes]); // the hash, written last
        Append(inputs);
        reportStart = file.Position;
    }

    /// <summary>A keeper of the result at <paramref name="path"/> for <paramref name="files"/> (in order, each with its text's SHA-256), or null when the folder cannot be written.</summary>
    internal static ResultKeeper? Create(string path, string fingerprint, string key, IReadOnlyList<(string File, SourceRole Role, byte[] Hash)> files)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}.tmp";
        using var inputs = new MemoryStream();
        using (var store = new StoreWriter(inputs))
        {
            store.Int(StoreFingerprint.FormatVersion);
            store.Text(ReportBuilder.ToolVersion);
            store.Text(fingerprint);
            store.Text(key);
            store.Int(files.Count);
            foreach (var (file, role, hash) in files)
            {
                store.Text(file);
                store.Int((int)role);
                store.Bytes(hash);
            }
        }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return new ResultKeeper(path, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), inputs.ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DeleteQuietly(temporary);
            return null;
        }
    }

    /// <summary>A stream that writes to <paramref name="output"/> and keeps the same bytes.</summary>
    public Stream Tee(Stream output) => new TeeStream(output, this);

    /// <summary>A writer that writes to <paramref name="output"/> and keeps the same characters in UTF-8, as the command line prints them.</summary>
    public TextWriter Tee(TextWriter output)
    {
        text = new StreamWriter(new TeeStream(null, this), new UTF8Encoding(false), 1 << 14);
        return new TeeWriter(output, text);
    }

    /// <summary>Ends the kept result with <paramref name="exitCode"/> and puts it in place of the last one.</summary>
    public void Commit(int exitCode)
    {
        text?.Flush();
        var trailer = new byte[KeptResult.TrailerLength];
        BinaryPrimitives.WriteInt64LittleEndian(trailer, file.Position - reportStart);
        BinaryPrimitives.WriteInt32LittleEndian(trailer.AsSpan(sizeof(long)), exitCode);
        Append(trailer);
        if (failed) return;
        try
        {
            file.Position = KeptResult.Magic.Length;
            file.Write(hash.GetHashAndReset());
            file.Dispose();
            File.Move(temporary, path, overwrite: true);
            done = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next run finds the last result, or none, and checks.
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        hash.Dispose();
        file.Dispose();
        if (!done) DeleteQuietly(temporary);
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (failed) return;
        try
        {
            file.Write(bytes);
            hash.AppendData(bytes);
        }
        catch (IOException)
        {
            // A full disk keeps no result; the report itself is printed all the same.
            failed = true;
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
            // A temporary file is never read as a result.
        }
    }

    /// <summary>Writes to the destination (none for a text writer's kept side) and to the kept result.</summary>
    private sealed class TeeStream(Stream? output, ResultKeeper keeper) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            output?.Write(buffer);
            keeper.Append(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void WriteByte(byte value) => Write([value]);

        public override void Flush() => output?.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>
    /// Writes the same characters to the destination and to the kept side, with the destination's line end; each call is
    /// handed to the destination as it came (a console writer flushes on each).
    /// </summary>
    private sealed class TeeWriter : TextWriter
    {
        private readonly TextWriter output;
        private readonly TextWriter kept;

        public TeeWriter(TextWriter output, TextWriter kept)
        {
            (this.output, this.kept) = (output, kept);
            NewLine = output.NewLine;
        }

        public override Encoding Encoding => output.Encoding;

        public override void Write(char value)
        {
            output.Write(value);
            kept.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            output.Write(buffer, index, count);
            kept.Write(buffer, index, count);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            output.Write(buffer);
            kept.Write(buffer);
        }

        public override void Write(string? value)
        {
            output.Write(value);
            kept.Write(value);
        }

        public override void WriteLine()
        {
            output.WriteLine();
            kept.Write(CoreNewLine);
        }

        public override void WriteLine(string? value)
        {
            output.WriteLine(value);
            kept.Write(value);
            kept.Write(CoreNewLine);
        }

        public override void Flush() => output.Flush();
    }
}
