using System.Collections.Immutable;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Pipeline;

/// <summary>
/// Recognizes the mentions of one large source on several threads: its sentences in chunks, each chunk read by the
/// recognizer's per-sentence sources on a thread of its own, the chunks' mentions joined in sentence order; the sources that
/// read across sentences read the whole source after, as <see cref="MentionRecognizer.Recognize"/> has them. Each sentence is
/// read alone by those sources, so the mentions are the same, in the same order, as one thread gives: a folder's files
/// already keep every thread busy, but one 30 MB file (issue 11) was read on one thread while the other waited.
/// </summary>
public sealed class ChunkedRecognizer
{
    /// <summary>Sentences a chunk: about 70 KB of news prose, many chunks a large file, so the threads end together.</summary>
    internal const int DefaultChunk = 1_000;

    /// <summary>A source with fewer sentences is read on its thread alone: starting threads would cost more than it saves.</summary>
    private const int MinSentences = 4 * DefaultChunk;

    private readonly MentionRecognizer whole;
    private readonly MentionRecognizer perSentence;
    private readonly MentionRecognizer across;

    /// <summary>Reads with <paramref name="recognizer"/>'s sources, in its order.</summary>
    public ChunkedRecognizer(MentionRecognizer recognizer)
    {
        whole = recognizer;
        perSentence = new([.. recognizer.Sources.Where(s => !s.SpansSentences)]);
        across = new([.. recognizer.Sources.Where(s => s.SpansSentences)]);
    }

    /// <summary>
    /// The mentions of <paramref name="sentences"/> (one source's, in reading order), as <see cref="MentionRecognizer.Recognize"/>
    /// gives them, read on up to <paramref name="parallelism"/> threads when the source is large. <paramref name="allocated"/> is
    /// what the other threads allocated (the calling thread's own allocations are counted where it counts them).
    /// </summary>
    public ImmutableArray<Mention> Recognize(ImmutableArray<Sentence> sentences, int parallelism, out long allocated) =>
        Recognize(sentences, parallelism, sentences.Length < MinSentences ? sentences.Length : DefaultChunk, out allocated);

    /// <summary><see cref="Recognize(ImmutableArray{Sentence}, int, out long)"/> in chunks of <paramref name="chunk"/> sentences, whatever the source's size.</summary>
    internal ImmutableArray<Mention> Recognize(ImmutableArray<Sentence> sentences, int parallelism, int chunk, out long allocated)
    {
        allocated = 0;
        if (parallelism <= 1 || chunk <= 0 || sentences.Length <= chunk) return whole.Recognize(sentences);
        var chunks = new ImmutableArray<Mention>[(sentences.Length + chunk - 1) / chunk];
        var caller = Environment.CurrentManagedThreadId;
        var elsewhere = 0L;
        Parallel.For(0, chunks.Length, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, c =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var start = c * chunk;
            chunks[c] = perSentence.Recognize(sentences.Slice(start, Math.Min(chunk, sentences.Length - start)));
            if (Environment.CurrentManagedThreadId != caller) Interlocked.Add(ref elsewhere, GC.GetAllocatedBytesForCurrentThread() - before);
        });
        allocated = elsewhere;
        var mentions = ImmutableArray.CreateBuilder<Mention>(chunks.Sum(c => c.Length));
        foreach (var c in chunks) mentions.AddRange(c);
        var spanning = across.Recognize(sentences);
        if (spanning.IsEmpty) return mentions.MoveToImmutable();
        // What the recognizer does with them: a stable sort by position of the per-sentence mentions, then these (already
        // in that order among themselves, so sorting them first changes nothing).
        return [.. mentions.MoveToImmutable().Concat(spanning).OrderBy(m => m.Span.Start)];
    }
}
