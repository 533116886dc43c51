using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FactCheck.Sentences;

namespace FactCheck.Mentions;

/// <summary>
/// Runs every mention source over the sentences of one source, in the order the kinds put them: where two kinds read the
/// same words, the first wins ("€5bn" is money, "5%" a percentage, "in 2014" a date, "five years ago" a date, "from 27 to
/// 25 years" a change of age, and none of them a count or a duration). Attributions span sentences and hold other mentions
/// (a quote may give a figure), so they never displace one.
/// </summary>
public sealed class MentionRecognizer(ImmutableArray<IMentionSource> sources)
{
    /// <summary>The sources, in the order they run.</summary>
    public ImmutableArray<IMentionSource> Sources => sources;

    /// <summary>
    /// The mentions of <paramref name="sentences"/> (one source's, in reading order), sorted by position. Within a sentence a
    /// mention overlapping one of an earlier source is left out; sources that read across sentences are added after.
    /// </summary>
    /// <param name="sentences">The sentences, in reading order.</param>
    /// <param name="earlier">What sources found in some of these sentences in an earlier pass: those are not read again.</param>
    public ImmutableArray<Mention> Recognize(ImmutableArray<Sentence> sentences, IEarlierMentions? earlier = null)
    {
        // The sentences' mentions are gathered in a list the thread reuses, which Joined copies out: a new list, sized for two
        // mentions a sentence, was made for every source read for claims and every lead profiled (most hold no place).
        // Taken from the thread while in use, so that a recognizer run from within a source's Find gets a list of its own.
        var read = readOfThread ?? [];
        readOfThread = null;
        AddInSentences(sentences.AsSpan(), earlier, read);
        var mentions = Joined([read], AcrossSentences(sentences));
        read.Clear();
        if (read.Capacity <= LongestListKept) readOfThread = read;
        return mentions;
    }

    // Past this many mentions a thread lets its list go: a huge source's would be held for the rest of the run.
    private const int LongestListKept = 4_096;

    [ThreadStatic]
    private static List<Mention>? readOfThread;

    /// <summary>
    /// The mentions each of <paramref name="sentences"/> holds alone, in reading order: what <see cref="Recognize"/> reads one
    /// sentence at a time. Nothing carries from one sentence to the next here (<see cref="IMentionSource.Find"/> sees one
    /// sentence), so a long source's sentences may be read in runs, on several threads, and the runs joined in order by <see cref="Joined"/>.
    /// <paramref name="earlier"/> is asked by each sentence's index in <paramref name="sentences"/>.
    /// </summary>
    public List<Mention> InSentences(ReadOnlySpan<Sentence> sentences, IEarlierMentions? earlier = null)
    {
        var mentions = new List<Mention>(sentences.Length * 2); // news prose holds one or two mentions a sentence
        AddInSentences(sentences, earlier, mentions);
        return mentions;
    }

    /// <summary>The mentions of <see cref="InSentences"/>, added to <paramref name="mentions"/>.</summary>
    private void AddInSentences(ReadOnlySpan<Sentence> sentences, IEarlierMentions? earlier, List<Mention> mentions)
    {
        var inSentence = new List<Mention>();
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            inSentence.Clear();
            foreach (var source in sources)
            {
                if (source.SpansSentences) continue;
                var found = earlier?.Found(source, s, sentence) ?? source.Find(sentence);
                for (var k = 0; k < found.Count; k++)
                    if (!MentionSpans.Overlap(inSentence, found[k].Start, found[k].End)) inSentence.Add(found[k]);
            }
            if (inSentence.Count > 1) inSentence.Sort(ByStart);
            mentions.AddRange(inSentence);
        }
    }

    /// <summary>The mentions of the sources that read a whole source at once (<see cref="IMentionSource.SpansSentences"/>): all of <paramref name="sentences"/>, one source's.</summary>
    public List<Mention> AcrossSentences(ImmutableArray<Sentence> sentences)
    {
        var mentions = new List<Mention>();
        foreach (var source in sources)
            if (source.SpansSentences) mentions.AddRange(source.FindAll(sentences));
        return mentions;
    }

    /// <summary>
    /// What <see cref="Recognize"/> gives, from its parts: the <see cref="InSentences"/> of consecutive runs of a source's
    /// sentences, in order, and the <see cref="AcrossSentences"/> of all of them.
    /// </summary>
    public static ImmutableArray<Mention> Joined(IReadOnlyList<List<Mention>> runs, List<Mention> across)
    {
        // Loops by index: a foreach over the interface boxed the list's enumerator, three times a source (2.6 MB over the bench corpus).
        var perSentence = 0;
        for (var r = 0; r < runs.Count; r++) perSentence += runs[r].Count;
        if (across.Count == 0)
        {
            var inOrder = ImmutableArray.CreateBuilder<Mention>(perSentence);
            for (var r = 0; r < runs.Count; r++) inOrder.AddRange(CollectionsMarshal.AsSpan(runs[r]));
            return inOrder.MoveToImmutable();
        }
        var mentions = new Mention[perSentence + across.Count];
        var at = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            CollectionsMarshal.AsSpan(runs[r]).CopyTo(mentions.AsSpan(at));
            at += runs[r].Count;
        }
        CollectionsMarshal.AsSpan(across).CopyTo(mentions.AsSpan(at));
        return ImmutableCollectionsMarshal.AsImmutableArray(InReadingOrder(mentions));
    }

    /// <summary>
    /// <paramref name="mentions"/> in reading order, the order of their first characters in the original file; on a tie, in
    /// the order given, as the stable <c>OrderBy</c> it replaces kept them. Each mention's start and place are packed in one
    /// number and those numbers sorted: <c>OrderBy</c> and the copies around it (its keys, its map, two arrays of the
    /// mentions) were 0.35 % of a check's samples (perf of 96a7342), for every source read for claims.
    /// </summary>
    private static Mention[] InReadingOrder(Mention[] mentions)
    {
        var keys = new long[mentions.Length];
        var sorted = true;
        for (var k = 0; k < keys.Length; k++)
        {
            keys[k] = ((long)mentions[k].Span.Start << 32) | (uint)k;
            sorted &= k == 0 || keys[k - 1] < keys[k];
        }
        if (sorted) return mentions;
        Array.Sort(keys);
        var ordered = new Mention[mentions.Length];
        for (var k = 0; k < keys.Length; k++) ordered[k] = mentions[(int)(uint)keys[k]];
        return ordered;
    }

    private static readonly Comparison<Mention> ByStart = (a, b) => a.Start.CompareTo(b.Start);
}
