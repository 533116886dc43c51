using System.Globalization;
using System.Text;
using FactCheck.Inputs;

namespace FactCheck.Files;

/// <summary>
/// The one way FactCheck reads a file a user gave it (a source, factcheck.yml, a baseline, a places file): only a regular
/// file (a FIFO or a device is never opened, so a check cannot hang or fill memory), never more than a limit of bytes
/// (counted while reading, not trusted from the size the system reports), strict UTF-8 without NUL bytes.
/// Every problem is a <see cref="UserError"/> naming the file as the user wrote it.
/// </summary>
public static class UserFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text of the file at <paramref name="fullPath"/>, a BOM removed, if it holds at most <paramref name="maxBytes"/>; or
    /// what is wrong, naming it <paramref name="shown"/>. <paramref name="missing"/> is the message for a path where nothing
    /// is ("no such configuration file").
    /// </summary>
    public static (string? Text, UserError? Error) ReadText(string fullPath, string shown, long maxBytes, string missing = "no such file")
    {
        var (bytes, error) = ReadBytes(fullPath, shown, maxBytes, missing);
        if (bytes is null) return (null, error);
        if (Array.IndexOf(bytes, (byte)0) >= 0) return (null, new UserError(shown, null, "is a binary file, not text"));
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
        // .NET reads a name that is not UTF-8 with U+FFFD in place of the bad bytes, and no file has that name.
        if (fullPath.Contains('\uFFFD', StringComparison.Ordinal))
            return (null, new UserError(Escaped(shown), null, "its name is not valid UTF-8: rename it to read it"));
        var status = FileStatus.Of(fullPath);
        switch (status.Kind)
        {
            case FileKind.Missing: return (null, new UserError(shown, null, missing));
            case FileKind.Directory: return (null, new UserError(shown, null, "is a folder, not a file"));
            case FileKind.Special: return (null, new UserError(shown, null, "is not a regular file (a FIFO, a device or a socket)"));
        }
        if (status.Length > maxBytes) return (null, TooLarge(shown, maxBytes));
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            var buffer = new byte[status.Length];
            var read = 0;
            for (int n; read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0;) read += n;
            if (read < buffer.Length) return (buffer[..read], null);
            var next = stream.ReadByte();
            if (next < 0) return (buffer, null);
            // The file has grown since it was measured: whatever follows is read too, up to the limit.
            using var grown = new MemoryStream();
            grown.WriteByte((byte)next);
            var chunk = new byte[64 * 1024];
            for (int n; (n = stream.Read(chunk, 0, chunk.Length)) > 0;)
            {
                if (buffer.Length + grown.Length + n > maxBytes) return (null, TooLarge(shown, maxBytes));
                grown.Write(chunk, 0, n);
            }
            return ([.. buffer, .. grown.ToArray()], null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new UserError(shown, null, "cannot be read: " + e.Message));
        }
    }

    /// <summary>A path as a report can print it: the U+FFFD that stands for bytes that are not UTF-8 written as <c>\uFFFD</c>.</summary>
    public static string Escaped(string path) => path.Replace("\uFFFD", "\\uFFFD", StringComparison.Ordinal);

    private static UserError TooLarge(string shown, long maxBytes) =>
        new(shown, null, maxBytes >= 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"is larger than {maxBytes / (1024 * 1024)} MB; split it or leave it out")
            : string.Create(CultureInfo.InvariantCulture, $"is larger than {maxBytes / 1024} KB: not a file FactCheck reads"));
}
