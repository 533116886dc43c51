using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;

namespace FactCheck.Reporting;

/// <summary>
/// Writes the items of a long array of a JSON report on every core: chunks of items, each into a buffer of its own by a
/// writer standing at the array's depth, so that a chunk's bytes are exactly those the report's writer would have written
/// there; the report's writer passes the buffers on in order. A few chunks are written ahead at most, so the report still
/// streams: its 43,845 claims on the bench corpus were 0.3 s of one core at the end of a check, the other waiting.
/// </summary>
internal static class JsonArrayChunks
{
    /// <summary>Items a chunk: about 80 KB of the bench corpus's claims, small enough to be written well ahead of their turn.</summary>
    internal const int ChunkItems = 64;

    /// <summary>How many chunks may be written ahead of the one passed on: every core kept busy, never more than a megabyte or so held.</summary>
    private static readonly int Ahead = 4 * Environment.ProcessorCount;

    /// <summary>
    /// Writes the array <paramref name="name"/> of <paramref name="items"/>, each by <paramref name="write"/>, which must only
    /// read what it is given (it runs on several threads at once). An array of one chunk or less is written on the caller's thread.
    /// </summary>
    public static void Write<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write, bool parallel = true)
    {
        json.WriteStartArray(name);
        if (!parallel || items.Count <= ChunkItems || Environment.ProcessorCount == 1)
        {
            foreach (var item in items)
            {
                write(json, item);
                JsonOutput.FlushSometimes(json);
            }
        }
        else
        {
            var (options, depth) = (json.Options, json.CurrentDepth);
            var idle = new ConcurrentBag<Chunk>();
            var chunks = (items.Count + ChunkItems - 1) / ChunkItems;
            var pending = new Queue<Task<Chunk>>();
            var next = 0;
            void Start()
            {
                var from = next++ * ChunkItems;
                pending.Enqueue(Task.Run(() =>
                {
                    var chunk = idle.TryTake(out var free) ? free : new Chunk(options, depth);
                    chunk.Write(items, from, Math.Min(items.Count, from + ChunkItems), write);
                    return chunk;
                }));
            }
            while (next < chunks && pending.Count < Ahead) Start();
            while (pending.TryDequeue(out var task))
            {
                var chunk = task.GetAwaiter().GetResult();
                if (next < chunks) Start();
                // A raw value is written as it is, after the comma between items: the chunk begins with its first item's
                // new line and indentation, as the report's writer would write them.
                json.WriteRawValue(chunk.Items, skipInputValidation: true);
                JsonOutput.FlushSometimes(json);
                idle.Add(chunk);
            }
        }
        json.WriteEndArray();
    }

    /// <summary>A buffer and a writer that stands inside <c>depth</c> arrays, reused chunk after chunk.</summary>
    private sealed class Chunk
    {
        private readonly ArrayBufferWriter<byte> buffer = new(16 * 1024);
        private readonly Utf8JsonWriter json;
        private readonly int depth;
        private int start;

        public Chunk(JsonWriterOptions options, int depth) => (json, this.depth) = (new Utf8JsonWriter(buffer, options), depth);

        /// <summary>The bytes of the items last written.</summary>
        public ReadOnlySpan<byte> Items => buffer.WrittenSpan[start..];

        public void Write<T>(IReadOnlyList<T> items, int from, int to, Action<Utf8JsonWriter, T> write)
        {
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            // Indentation depends on depth only: as many arrays as the report's writer stands in give its items' indentation.
            for (var d = 0; d < depth; d++) json.WriteStartArray();
            json.Flush();
            start = buffer.WrittenCount;
            for (var i = from; i < to; i++) write(json, items[i]);
            json.Flush();
        }
    }
}
