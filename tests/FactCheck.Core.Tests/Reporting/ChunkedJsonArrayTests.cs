using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Reporting;

/// <summary>A long array of a JSON report is written in chunks on several threads, and its bytes are those of one writer.</summary>
public sealed class ChunkedJsonArrayTests
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(JsonArrayChunks.ChunkItems, 1)]
    [InlineData(JsonArrayChunks.ChunkItems + 1, 1)]
    [InlineData(1000, 1)]
    [InlineData(1000, 4)]
    [InlineData(5 * JsonArrayChunks.ChunkItems, 2)]
    public void An_array_written_in_chunks_is_byte_for_byte_the_array_one_writer_writes(int count, int depth)
    {
        var items = Enumerable.Range(0, count).ToList();

        var chunked = Written(depth, json => JsonArrayChunks.Write(json, "items", items, WriteItem));
        var alone = Written(depth, json => JsonArrayChunks.Write(json, "items", items, WriteItem, parallel: false));

        Assert.Equal(alone, chunked);
    }

    [Fact]
    public void What_follows_a_chunked_array_is_written_as_after_any_array()
    {
        var items = Enumerable.Range(0, 3 * JsonArrayChunks.ChunkItems).ToList();

        var written = Written(1, json =>
        {
            JsonArrayChunks.Write(json, "items", items, WriteItem);
            json.WriteNumber("after", 1);
        });

        using var document = JsonDocument.Parse(written);
        Assert.Equal(items.Count, document.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(1, document.RootElement.GetProperty("after").GetInt32());
    }

    /// <summary>An item as a report's are: strings to escape and not, numbers, a null, a nested object and array.</summary>
    private static void WriteItem(Utf8JsonWriter json, int n)
    {
        json.WriteStartObject();
        json.WriteString("id", $"seeds/{n % 7}.md#{n}");
        json.WriteString("text", n % 3 == 0 ? "milliards d’euros \"cités\"\n" : "€20bn");
        json.WriteNumber("line", n);
        json.WriteString("story", n % 5 == 0 ? null : "S1");
        json.WriteStartObject("frame");
        json.WriteStartArray("parts");
        for (var k = 0; k < n % 3; k++) json.WriteNumberValue(k * 0.5);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The root object, <paramref name="depth"/> - 1 objects deep, then what <paramref name="write"/> writes.</summary>
    private static string Written(int depth, Action<Utf8JsonWriter> write)
    {
        using var output = new MemoryStream();
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            for (var d = 1; d < depth; d++) json.WriteStartObject("outer");
            write(json);
            for (var d = 1; d < depth; d++) json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
