using System.Text;
using FactCheck.Inputs;

namespace FactCheck.Core.Tests.Inputs;

/// <summary>The line reader of large data files gives the lines string.Split gives, however its blocks cut the bytes.</summary>
public sealed class Utf8LinesTests
{
    [Fact]
    public void The_shipped_gazetteer_file_reads_as_its_text_split_at_line_ends()
    {
        const string path = "Kinds/Place/Data/geonames-cities.tsv";
        using var file = EmbeddedData.Open(path);
        var expected = EmbeddedData.Text(path).Split('\n');
        Assert.Equal(expected[^1] == "" ? expected[..^1] : expected, Lines(file));
    }

    [Theory]
    [InlineData("a\nb\n", new[] { "a", "b" })]
    [InlineData("a\r\nb", new[] { "a", "b" })]
    [InlineData("\ufeffa\n\nb", new[] { "a", "", "b" })]
    [InlineData("", new string[0])]
    public void Lines_end_at_newlines_and_a_byte_order_mark_is_not_text(string text, string[] expected) =>
        Assert.Equal(expected, Lines(new MemoryStream(Encoding.UTF8.GetBytes(text))));

    [Fact]
    public void A_line_longer_than_a_block_and_characters_cut_by_a_block_end_read_whole()
    {
        // 65,536 bytes a block: a long line of two-byte and four-byte characters, then short ones, crosses several ends.
        string[] lines = [string.Concat(Enumerable.Repeat("Zürich 𐐀 ", 30_000)), "Köln", .. Enumerable.Range(0, 20_000).Select(i => $"é{i}")];
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        Assert.Equal(lines, Lines(new OneByteShort(stream)));
    }

    private static List<string> Lines(Stream stream)
    {
        var read = new List<string>();
        foreach (var line in new Utf8Lines(stream)) read.Add(line.ToString());
        return read;
    }

    /// <summary>A stream that returns one byte fewer than asked (when it can): reads that do not fill the buffer.</summary>
    private sealed class OneByteShort(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Max(1, count - 1));
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
