using System.Text;

namespace FactCheck.Reporting;

/// <summary>
/// A write-only stream that decodes the UTF-8 written to it into a text writer as it comes, a character cut between two
/// writes kept until its end arrives: a JSON report reaches its writer without first being held whole in memory (a
/// corpus's report is over a hundred megabytes, held twice over as a growing buffer is copied).
/// </summary>
internal sealed class Utf8TextStream(TextWriter output) : Stream
{
    // Decoded as StreamReader decodes UTF-8: an invalid byte becomes U+FFFD.
    private readonly Decoder decoder = Encoding.UTF8.GetDecoder();
    private readonly char[] chars = new char[16 * 1024];

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer) => Decode(buffer, flush: false);

    /// <summary>Writes out a character left incomplete by the last bytes (as U+FFFD): the text is at its end.</summary>
    public void Finish() => Decode([], flush: true);

    // The writer is flushed by its owner: flushing a console at each of the JSON writer's flushes would only add system calls.
    public override void Flush() { }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    private void Decode(ReadOnlySpan<byte> bytes, bool flush)
    {
        var completed = false;
        while (!completed)
        {
            decoder.Convert(bytes, chars, flush, out var used, out var written, out completed);
            output.Write(chars, 0, written);
            bytes = bytes[used..];
        }
    }
}
