using System.Buffers;
using System.Globalization;
using System.Text;
using FactCheck.Inputs;

namespace FactCheck.Files;

/// <summary>
/// The one way FactCheck reads a file a user gave it (a source, factcheck.yml, a baseline, a places file): only a regular
/// file (a FIFO or a device named is never opened, nor read if put in a found file's place, so a check cannot hang or fill
/// memory), never more than a limit of bytes (counted while reading, not trusted from the size the system reports), strict
/// UTF-8 without NUL bytes.
/// Every problem is a <see cref="UserError"/> naming the file as the user wrote it.
/// </summary>
public static class UserFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A file up to this size is read into a buffer of the shared pool, not one of its own.</summary>
    private const int PooledBytes = 1024 * 1024;

    /// <summary>
    /// The text of the file at <paramref name="fullPath"/>, a BOM removed, if it holds at most <paramref name="maxBytes"/>; or
    /// what is wrong, naming it <paramref name="shown"/>. <paramref name="missing"/> is the message for a path where nothing
    /// is ("no such configuration file"). <paramref name="found"/>: the path's status when the file was found in a folder,
    /// if it was.
    /// </summary>
    public static (string? Text, UserError? Error) ReadText(
        string fullPath, string shown, long maxBytes, string missing = "no such file", FileStatus? found = null)
    {
        var (buffer, count, pooled, error) = Read(fullPath, shown, maxBytes, missing, found);
        if (buffer is null) return (null, error);
        try
        {
            return Decode(buffer.AsSpan(0, count), shown);
        }
        finally
        {
            if (pooled) ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The text of <paramref name="stream"/> (standard input) read to its end, as <see cref="ReadText(string, string, long, string, FileStatus?)"/>
    /// reads a file: at most <paramref name="maxBytes"/>, strict UTF-8, no NUL byte, a BOM removed.
    /// </summary>
    public static (string? Text, UserError? Error) ReadText(Stream stream, string shown, long maxBytes)
    {
        using var bytes = new MemoryStream();
        var chunk = new byte[64 * 1024];
        try
        {
            for (int n; (n = stream.Read(chunk, 0, chunk.Length)) > 0;)
            {
                if (bytes.Length + n > maxBytes) return (null, TooLarge(shown, maxBytes));
                bytes.Write(chunk, 0, n);
            }
        }
        catch (IOException e)
        {
            return (null, new UserError(shown, null, "cannot be read: " + e.Message));
        }
        return Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), shown);
    }

    private static (string? Text, UserError? Error) Decode(ReadOnlySpan<byte> bytes, string shown)
    {
        if (bytes.Contains((byte)0)) return (null, new UserError(shown, null, "is a binary file, not text"));
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return (null, new UserError(shown, null, string.Create(CultureInfo.InvariantCulture, $"is not UTF-8 text (invalid byte at offset {e.Index})")));
        }
        // A BOM is not part of the text: columns are counted as an editor shows them.
        return (text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, null);
    }

    /// <summary>The bytes of the regular file at <paramref name="fullPath"/>, at most <paramref name="maxBytes"/> of them.</summary>
    public static (byte[]? Bytes, UserError? Error) ReadBytes(string fullPath, string shown, long maxBytes, string missing = "no such file")
    {
        var (buffer, count, pooled, error) = Read(fullPath, shown, maxBytes, missing, null);
        if (buffer is null) return (null, error);
        if (!pooled && count == buffer.Length) return (buffer, null);
        var bytes = buffer.AsSpan(0, count).ToArray();
        if (pooled) ArrayPool<byte>.Shared.Return(buffer);
        return (bytes, null);
    }

    /// <summary>
    /// The file's bytes, the first <c>Count</c> of <c>Buffer</c>: a buffer of the shared pool when <c>Pooled</c> (a source
    /// of a few kilobytes, read and decoded at once: 29,000 of them allocated 45 MB), which the caller returns to it.
    /// The file is opened as a handle and read at offsets (a FileStream, with its strategy objects, finalizer and read-ahead
    /// advice, took about twice as long to read a small file). <paramref name="found"/>: the status the path had when a
    /// folder's files were listed, if it was found a regular file then (<see cref="ReadHandle.OpenFound"/>).
    /// </summary>
    private static (byte[]? Buffer, int Count, bool Pooled, UserError? Error) Read(string fullPath, string shown, long maxBytes, string missing, FileStatus? found)
    {
        // .NET reads a name that is not UTF-8 with U+FFFD in place of the bad bytes, and no file has that name.
        if (fullPath.Contains('\uFFFD', StringComparison.Ordinal))
            return (null, 0, false, new UserError(Escaped(shown), null, "its name is not valid UTF-8: rename it to read it"));
        ReadHandle file;
        try
        {
            file = found is { Kind: FileKind.Regular } ? ReadHandle.OpenFound(fullPath) : ReadHandle.Open(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (null, 0, false, CannotBeRead(shown, e));
        }
        using (file)
        {
            var status = file.Status;
            switch (status.Kind)
            {
                case FileKind.Missing: return (null, 0, false, new UserError(shown, null, missing));
                case FileKind.Directory: return (null, 0, false, new UserError(shown, null, "is a folder, not a file"));
                case FileKind.Special: return (null, 0, false, new UserError(shown, null, "is not a regular file (a FIFO, a device or a socket)"));
            }
            if (status.Length > maxBytes) return (null, 0, false, TooLarge(shown, maxBytes));
            return ReadAll(in file, status.Length, shown, maxBytes);
        }
    }

    /// <summary>What <see cref="Read"/> returns of a regular file <paramref name="length"/> bytes long when it was opened.</summary>
    private static (byte[]? Buffer, int Count, bool Pooled, UserError? Error) ReadAll(in ReadHandle file, long length, string shown, long maxBytes)
    {
        var pooled = length is > 0 and <= PooledBytes;
        // A pooled buffer is asked for one byte more than the file measured: the read that comes back short of it says the
        // file ends there, where a second read of one byte asked it (a system call a file: 41,622 in a check of the bench
        // corpus). A file of its own size, past the pool, is probed after its read as before.
        var room = pooled ? (int)length + 1 : (int)length;
        var buffer = pooled ? ArrayPool<byte>.Shared.Rent(room) : new byte[length];
        try
        {
            var read = 0;
            // At the measured length the loop ends: a pooled buffer's read came back short of its room, the end of a
            // regular file; a buffer of the file's own size is full.
            for (int n; read < length && (n = file.Read(buffer.AsSpan(read, room - read), read)) > 0;) read += n;
            if (read < room) return (buffer, read, pooled, null);
            Span<byte> probe = stackalloc byte[1];
            if (!pooled && file.Read(probe, read) == 0) return (buffer, read, pooled, null);
            // The file has grown since it was measured: whatever follows is read too, up to the limit.
            using var grown = new MemoryStream();
            grown.Write(buffer, 0, read);
            if (!pooled) grown.WriteByte(probe[0]);
            var chunk = new byte[64 * 1024];
            for (int n; (n = file.Read(chunk, grown.Length)) > 0;)
            {
                if (grown.Length + n > maxBytes) return Failed(TooLarge(shown, maxBytes));
                grown.Write(chunk, 0, n);
            }
            if (pooled) ArrayPool<byte>.Shared.Return(buffer);
            return (grown.ToArray(), (int)grown.Length, false, null);
        }
        // NotSupportedException: no longer a regular file when opened (a FIFO put in its place), so it cannot be read at offsets.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Failed(CannotBeRead(shown, e));
        }

        (byte[]?, int, bool, UserError?) Failed(UserError error)
        {
            if (pooled) ArrayPool<byte>.Shared.Return(buffer);
            return (null, 0, false, error);
        }
    }

    private static UserError CannotBeRead(string shown, Exception e) => new(shown, null, "cannot be read: " + e.Message);

    /// <summary>A path as a report can print it: the U+FFFD that stands for bytes that are not UTF-8 written as <c>\uFFFD</c>.</summary>
    public static string Escaped(string path) => path.Replace("\uFFFD", "\\uFFFD", StringComparison.Ordinal);

    private static UserError TooLarge(string shown, long maxBytes) =>
        new(shown, null, maxBytes >= 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"is larger than {maxBytes / (1024 * 1024)} MB; split it or leave it out")
            : string.Create(CultureInfo.InvariantCulture, $"is larger than {maxBytes / 1024} KB: not a file FactCheck reads"));
}
