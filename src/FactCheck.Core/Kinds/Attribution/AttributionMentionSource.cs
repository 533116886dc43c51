using System.Collections.Immutable;
using FactCheck.Mentions;
using FactCheck.Sentences;
using FactCheck.Sources;

namespace FactCheck.Kinds.Attribution;

/// <summary>
/// Statements given to speakers: quotations and reported speech, in English and French. The sentence splitter cuts
/// quotations that run over several sentences, so this source reads a whole paragraph at a time (see <see cref="FindAll"/>);
/// a quotation that goes on in the next paragraph keeps its speaker.
/// </summary>
public sealed class AttributionMentionSource : IMentionSource
{
    /// <summary>
    /// The statements that touch <paramref name="sentence"/>. A statement is read with its whole paragraph (a quotation may
    /// open sentences before its speaker is named), so the paragraph's sentences are split again here: one sentence alone
    /// does not carry them. The pipeline reads whole sources with <see cref="FindAll"/> instead.
    /// </summary>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var paragraph = SentenceSplitter.Default.Split(sentence.Source).Where(s => ReferenceEquals(s.Block, sentence.Block)).ToImmutableArray();
        var span = sentence.Span;
        return [.. FindAll(paragraph.IsEmpty ? [sentence] : paragraph).Where(m => m.Span.Start < span.End && span.Start < m.Span.End)];
    }

    /// <inheritdoc/>
    public bool SpansSentences => true;

    /// <summary>
    /// The statements of one source's sentences, in order; consecutive sentences of one block are read together. Given part of a
    /// paragraph, only what stands in the given sentences is read (<see cref="Find"/> reads a sentence with its paragraph).
    /// </summary>
    public IReadOnlyList<Mention> FindAll(ImmutableArray<Sentence> sentences)
    {
        var mentions = new List<Mention>();
        if (sentences.IsEmpty) return mentions;
        var lexicon = SpeechLexicon.Of(sentences[0].Source.Language);
        AttributionMention? lastQuotation = null;
        AttributionMention? lastQuoted = null;
        var from = 0;
        var previous = 0;
        // Paragraphs are read as spans of the source's sentences: an ImmutableArray's range is a copy, two a paragraph.
        var all = sentences.AsSpan();
        while (from < sentences.Length)
        {
            var block = sentences[from].Block;
            var to = from;
            while (to < sentences.Length && ReferenceEquals(sentences[to].Block, block)) to++;
            // "“…”" then "— Jane Doe": a paragraph that is only a byline gives the saying of the paragraph above to its author.
            var found = from > 0 && Byline(lexicon, all[previous..from], all[from..to]) is { } byline
                ? [byline]
                : Read(lexicon, all[from..to], lastQuotation, lastQuoted);
            previous = from;
            lastQuoted = found.LastOrDefault(m => !m.Reported) ?? lastQuoted;
            mentions.AddRange(found);
            // Only a paragraph that ends on a quotation hands its speaker to a quotation opening the next one.
            lastQuotation = found.Count > 0 && found[^1] is { Reported: false } last && last.Sentence.End >= sentences[to - 1].End - 2 ? last : null;
            from = to;
        }
        return mentions;
    }

    /// <summary>
    /// True when a draft starts before <paramref name="end"/>. A loop, not Exists with a lambda: its closure over the end was
    /// made for every paragraph Read was given, with a byline or not.
    /// </summary>
    private static bool StartsBefore(List<AttributionDraft> drafts, int end)
    {
        foreach (var draft in drafts)
            if (draft.Start < end) return true;
        return false;
    }

    /// <summary>
    /// What a paragraph without a speech verb, a quotation mark or a byline gives: one list for all of them, which no caller
    /// changes (an empty list was made for each such paragraph, most of a source's).
    /// </summary>
    private static readonly List<AttributionMention> NoMentions = [];

    /// <summary>
    /// The speech verbs of the paragraph being read, in a list the thread keeps (nothing Read calls reads another paragraph):
    /// a list was made for each paragraph with a verb. Let go past <see cref="KeptCues"/>, so a huge paragraph's is not held.
    /// </summary>
    [ThreadStatic]
    private static List<(int Start, int End, string Form)>? cuesOfThread;

    private const int KeptCues = 256;

    private static List<AttributionMention> Read(SpeechLexicon lexicon, ReadOnlySpan<Sentence> sentences, AttributionMention? carried, AttributionMention? earlier)
    {
        var block = sentences[0].Block;
        var text = block.Text;
        // Most paragraphs hold no speech verb and no quotation mark: one scan each, and nothing is built for them.
        var cues = lexicon.Cues(text, cuesOfThread ??= []);
        var trailing = QuoteSiteLayout.TrailingByline(text, lexicon.Speakers);
        if (cues.Count == 0 && !QuoteScanner.MayQuote(text) && trailing is null) return NoMentions;
        // Loops, not LINQ: this runs for every paragraph with a cue, and the iterators and delegates were 20 MB over the bench corpus.
        var (starts, ends) = Bounds(sentences);
        var drafts = new AttributionReader(lexicon, text, starts, ends).Read(cues, carried is not null);
        if (cues.Capacity > KeptCues) cuesOfThread = null;
        // "… counted. - Albert Einstein": the words of the paragraph before the dash, when no speech verb took them.
        if (trailing is var (sayingEnd, author) && !StartsBefore(drafts, sayingEnd))
        {
            var sayingStart = text.Length - text.TrimStart().Length;
            drafts.Insert(0, new AttributionDraft(sayingStart, sayingEnd, sayingStart, sayingEnd, false, author, true));
        }
        // Made only for a paragraph with a statement that goes on from another (few are).
        Dictionary<int, AttributionMention>? made = null;
        var result = new List<AttributionMention>(drafts.Count);
        // The drafts that open a statement first, then those that go on from one: each finds the mention it continues made.
        foreach (var draft in OpeningFirst(drafts))
        {
            var shares = draft.Continues switch
            {
                -1 => null,
                -2 => carried,
                var start => made?.GetValueOrDefault(start),
            };
            if (draft.Speaker is null && shares is null) continue;
            // "X never said it": only a source that quoted something before can be denying it.
            var about = draft.AboutEarlier ? result.LastOrDefault(m => !m.Reported) ?? earlier : null;
            if (draft.AboutEarlier && about is null) continue;
            var mention = Make(sentences, block, starts, ends, draft, shares, about);
            if (drafts.Count > 1) (made ??= [])[draft.Start] = mention;
            result.Add(mention);
        }
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    private static IEnumerable<AttributionDraft> OpeningFirst(List<AttributionDraft> drafts)
    {
        foreach (var draft in drafts)
            if (draft.Continues == -1) yield return draft;
        foreach (var draft in drafts)
            if (draft.Continues != -1) yield return draft;
    }

    /// <summary>
    /// The statement of a byline paragraph ("— Albert Einstein, physicist"): the mention covers the byline, its words are
    /// the saying of the paragraph just above, which holds nothing else. Null when either paragraph is not so laid out.
    /// </summary>
    private static AttributionMention? Byline(SpeechLexicon lexicon, ReadOnlySpan<Sentence> above, ReadOnlySpan<Sentence> sentences)
    {
        var block = sentences[0].Block;
        if (sentences.Length != 1 || QuoteSiteLayout.Byline(block.Text, lexicon.Speakers) is not { } author) return null;
        var sayingBlock = above[0].Block;
        if (QuoteSiteLayout.Saying(sayingBlock.Text) is not var (start, end, quoteStart, quoteEnd)) return null;
        var saying = new AttributionDraft(start, end, quoteStart, quoteEnd, false, null, true);
        var (starts, ends) = Bounds(above);
        var sayingMention = Make(above, sayingBlock, starts, ends, saying, null, null);
        var line = sentences[0];
        var bylineStart = block.Text.Length - block.Text.TrimStart().Length;
        var bylineEnd = block.Text.TrimEnd().Length;
        var draft = new AttributionDraft(bylineStart, bylineEnd, bylineStart, bylineEnd, false, author, true);
        return Make(sentences, block, [line.Start], [line.End], draft, null, sayingMention);
    }

    /// <summary>Where each of <paramref name="sentences"/> starts and ends in its block's prose.</summary>
    private static (int[] Starts, int[] Ends) Bounds(ReadOnlySpan<Sentence> sentences)
    {
        var (starts, ends) = (new int[sentences.Length], new int[sentences.Length]);
        for (var i = 0; i < sentences.Length; i++) (starts[i], ends[i]) = (sentences[i].Start, sentences[i].End);
        return (starts, ends);
    }

    /// <summary>
    /// The mention of a draft, in the passage from the sentence where its words start to the one where they end; a denial's
    /// <paramref name="about"/> is set as it is made (a copy of every mention was made to set it, most to null).
    /// </summary>
    private static AttributionMention Make(ReadOnlySpan<Sentence> sentences, ProseBlock block, int[] starts, int[] ends, AttributionDraft draft, AttributionMention? shares,
        AttributionMention? about)
    {
        var (from, to) = draft.Extent;
        var first = IndexOf(starts, from);
        var last = IndexOf(starts, to - 1);
        var passage = first == last ? sentences[first] : new Sentence(sentences[first].Source, block, starts[first], Math.Max(ends[last], to));
        if (passage.End < to || passage.Start > from) passage = new Sentence(passage.Source, block, Math.Min(passage.Start, from), Math.Max(passage.End, to));
        var offset = passage.Start;
        var speaker = draft.Speaker is { } s ? s with { Start = s.Start - offset, End = s.End - offset } : null;
        return new AttributionMention(passage, draft.Start - offset, draft.End - offset, draft.QuoteStart - offset, draft.QuoteEnd - offset, draft.Reported, speaker, shares)
        {
            Denied = draft.Denied,
            About = about,
        };
    }

    private static int IndexOf(int[] starts, int offset)
    {
        var i = Array.BinarySearch(starts, offset);
        return Math.Max(0, i < 0 ? ~i - 1 : i);
    }
}
