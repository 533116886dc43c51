using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactCheck.Reporting;

/// <summary>The JSON settings every JSON report shares (the contract's JSON and SARIF), so both are byte-identical on every machine.</summary>
internal static class JsonOutput
{
    /// <summary>How much a writer holds before <see cref="FlushSometimes"/> passes it on.</summary>
    private const int Held = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n", // byte-identical on every machine
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // "milliards d’euros" stays readable; the output is not embedded in HTML
    };

    /// <summary>Runs <paramref name="write"/> on a JSON writer that writes to <paramref name="output"/>, then a final newline.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        // Decoded into the writer as it is written: a report of a whole corpus can be a hundred megabytes.
        var stream = new Utf8TextStream(output);
        using (var json = new Utf8JsonWriter(stream, Options)) write(json);
        stream.Finish();
        output.Write('\n');
    }

    /// <summary>Runs <paramref name="write"/> on a JSON writer that writes its UTF-8 to <paramref name="output"/>, then a final newline.</summary>
    public static void Write(Stream output, Action<Utf8JsonWriter> write)
    {
        using (var json = new Utf8JsonWriter(output, Options)) write(json);
        output.WriteByte((byte)'\n');
        output.Flush();
    }

    /// <summary>
    /// Passes what <paramref name="json"/> holds on to its output once it is more than a block: a JSON writer over a stream
    /// keeps everything until flushed, so a writer calls this between the items of a long array.
    /// </summary>
    public static void FlushSometimes(Utf8JsonWriter json)
    {
        if (json.BytesPending > Held) json.Flush();
    }
}
