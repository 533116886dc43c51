using System.Text;

namespace FactCheck.Cli.Tests;

/// <summary>
/// A JSON report goes to stdout's byte stream as UTF-8, not through the console's text writer: the same bytes as the text
/// writer would print, and a stream that cannot be written is an input/output error like a text writer's.
/// </summary>
public sealed class StdoutBytesTests : IDisposable
{
    private readonly Workspace work = new();

    public StdoutBytesTests()
    {
        work.Write("news/a.md", Workspace.FundA);
        // Accents and a curly apostrophe in the title: what a report decoded and encoded again could change.
        work.Write("news/b.md", Workspace.FundB.Replace("---\ndate:", "---\ntitle: \"Le fonds d’aide créé\"\ndate:", StringComparison.Ordinal));
    }

    public void Dispose() => work.Dispose();

    [Fact]
    public void The_JSON_report_reaches_the_byte_stream_as_the_text_writer_prints_it()
    {
        var printed = work.Run("check", "news", "--format", "json").Out;
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        using var bytes = new MemoryStream();

        var exit = CliApp.Run(["check", "news", "--format", "json"], stdout, stderr, work.Root, colour: false, stdoutBytes: bytes);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout.ToString());
        Assert.Equal("", stderr.ToString());
        Assert.Contains("d’aide créé", printed, StringComparison.Ordinal);
        Assert.Equal(printed, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray()));
    }

    [Fact]
    public void A_text_report_still_goes_to_the_text_writer()
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var bytes = new MemoryStream();

        CliApp.Run(["check", "news"], stdout, new StringWriter(), work.Root, colour: false, stdoutBytes: bytes);

        Assert.Contains("€25bn", stdout.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, bytes.Length);
    }

    [Fact]
    public void A_byte_stream_that_cannot_be_written_is_an_input_output_error_not_a_bug()
    {
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["check", "news", "--format", "json"], new StringWriter(), stderr, work.Root, colour: false, stdoutBytes: new FullDisk());

        Assert.Equal(2, exit);
        Assert.StartsWith("factcheck: stdout: cannot be written: No space left on device", stderr.ToString(), StringComparison.Ordinal);
    }

    private sealed class FullDisk : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("No space left on device");

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");

        public override void WriteByte(byte value) => throw new IOException("No space left on device");
    }
}
