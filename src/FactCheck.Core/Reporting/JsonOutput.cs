using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactCheck.Reporting;

/// <summary>The JSON settings every JSON report shares (the contract's JSON and SARIF), so both are byte-identical on every machine.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n", // byte-identical on every machine
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // "milliards d’euros" stays readable; the output is not embedded in HTML
    };

    /// <summary>Runs <paramref name="write"/> on a JSON writer and copies what it wrote to <paramref name="output"/>, with a final newline.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options)) write(json);
        buffer.Position = 0;
        // Copied in blocks: a report of a whole corpus can be a hundred megabytes, and one string of it twice that.
        using var reader = new StreamReader(buffer, System.Text.Encoding.UTF8);
        var block = new char[64 * 1024];
        for (int read; (read = reader.Read(block, 0, block.Length)) > 0;) output.Write(block, 0, read);
        output.Write('\n');
    }
}
