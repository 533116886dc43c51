using System.Collections.Immutable;
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
    public ImmutableArray<Mention> Recognize(ImmutableArray<Sentence> sentences)
    {
        var mentions = new List<Mention>(sentences.Length * 2); // news prose holds one or two mentions a sentence
        var inSentence = new List<Mention>();
        foreach (var sentence in sentences)
        {
            inSentence.Clear();
            foreach (var source in sources)
            {
                if (source.SpansSentences) continue;
                var found = source.Find(sentence);
                for (var k = 0; k < found.Count; k++)
                    if (!MentionSpans.Overlap(inSentence, found[k].Start, found[k].End)) inSentence.Add(found[k]);
            }
            if (inSentence.Count > 1) inSentence.Sort(ByStart);
            mentions.AddRange(inSentence);
        }
        var perSentence = mentions.Count;
        foreach (var source in sources)
            if (source.SpansSentences) mentions.AddRange(source.FindAll(sentences));
        if (mentions.Count == perSentence) return [.. mentions];
        // Reading order is the order of the first character in the original file; a stable sort keeps each source's order for ties.
        return [.. mentions.OrderBy(m => m.Span.Start)];
    }

    private static readonly Comparison<Mention> ByStart = (a, b) => a.Start.CompareTo(b.Start);
}
