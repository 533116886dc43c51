using System.Text;

namespace FactCheck.Inputs;

/// <summary>
/// The lines of a UTF-8 stream, read a block at a time, each decoded into a buffer the next line reuses: a large data file
/// read without its whole text as one string (the GeoNames file is 2.2 MB, which made 6.6 MB of bytes and string, both
/// in the large object heap, on every run). A line ends at '\n' (a '\r' before it is dropped); a byte order mark is skipped.
/// A line is valid until the next <see cref="MoveNext"/>.
/// </summary>
internal sealed class Utf8Lines(Stream stream)
{
    private byte[] bytes = new byte[64 * 1024];
    private char[] chars = new char[1024];
    private int start, end, length;
    private bool ended, begun;

    public Utf8Lines GetEnumerator() => this;

    /// <summary>The line just read.</summary>
    public ReadOnlySpan<char> Current => chars.AsSpan(0, length);

    public bool MoveNext()
    {
        while (true)
        {
            var newline = bytes.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                Decode(bytes.AsSpan(start, newline));
                start += newline + 1;
                return true;
            }
            if (ended)
            {
                if (start == end) return false;
                Decode(bytes.AsSpan(start, end - start));
                start = end;
                return true;
            }
            Fill();
        }
    }

    /// <summary>Moves the unread bytes to the front (a larger buffer when one line fills it) and reads the next block after them.</summary>
    private void Fill()
    {
        var pending = end - start;
        if (pending == bytes.Length) Array.Resize(ref bytes, 2 * bytes.Length);
        else bytes.AsSpan(start, pending).CopyTo(bytes);
        (start, end) = (0, pending);
        var read = stream.Read(bytes, end, bytes.Length - end);
        ended = read == 0;
        end += read;
        if (!begun && bytes.AsSpan(0, end).StartsWith(Encoding.UTF8.Preamble)) start = Encoding.UTF8.Preamble.Length;
        begun = true;
    }

    private void Decode(ReadOnlySpan<byte> line)
    {
        if (line.EndsWith((byte)'\r')) line = line[..^1];
        // UTF-8 never decodes to more UTF-16 characters than it has bytes.
        if (chars.Length < line.Length) chars = new char[line.Length];
        length = Encoding.UTF8.GetChars(line, chars);
    }
}
