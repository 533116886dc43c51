using System.Collections.Immutable;
using FactCheck.Binding;
using FactCheck.Mentions;

namespace FactCheck.Frames;

/// <summary>
/// The Frames stage: reads a <see cref="ClaimFrame"/> for every claim of a source, bound to a subject word or not — what it
/// measures, whose, where it holds and how it is stated — from its sentence and the words of its language pack. A sentence
/// is read once for all its claims; names are identified across the source in reading order.
/// </summary>
public sealed class FrameReader
{
    private readonly FrameConcepts concepts;

    private FrameReader(FrameConcepts concepts) => this.concepts = concepts;

    /// <summary>The reader with the shipped concepts.</summary>
    public static FrameReader Default { get; } = new(FrameConcepts.Shipped);

    /// <summary>The claims of one source, in order, each with its frame.</summary>
    public ImmutableArray<FramedClaim> Read(ImmutableArray<Claim> claims)
    {
        var framed = ImmutableArray.CreateBuilder<FramedClaim>(claims.Length);
        var names = SourceNameIndex.ForSource();
        var earlier = new List<SentenceReading>();
        // Filled again for each sentence: one of each per source, not per sentence.
        var previous = new Dictionary<ClaimKind, ClaimFrame>();
        var mentions = new List<Mention>();
        // The other mentions of a claim's sentence, and those of its kind: filled again for each claim and only read while
        // it is framed, so one of each per source, not two lists a claim.
        var (others, othersOfKind) = (new List<Mention>(), new List<Mention>());
        for (var i = 0; i < claims.Length;)
        {
            var sentence = claims[i].Mention.Sentence;
            var next = i + 1;
            while (next < claims.Length && ReferenceEquals(claims[next].Mention.Sentence, sentence)) next++;
            mentions.Clear();
            for (var k = i; k < next; k++) mentions.Add(claims[k].Mention);
            SentenceReading? reading = null;
            previous.Clear();
            for (var k = i; k < next; k++)
            {
                var claim = claims[k];
                if (claim.Mention.Kind == ClaimKind.Attribution)
                {
                    framed.Add(new FramedClaim(claim, claim.IsBound ? ClaimFrame.Statement : ClaimFrame.None));
                    continue;
                }
                reading ??= SentenceReading.Of(sentence, FrameLexicon.Of(sentence.Source.Language));
                var frame = Frame(reading, claim, mentions, others, othersOfKind, names, previous.GetValueOrDefault(claim.Mention.Kind), earlier);
                previous[claim.Mention.Kind] = frame;
                framed.Add(new FramedClaim(claim, frame));
            }
            // Only the last sentences are kept: a definite "the fund" refers to a name of the last few (NamedInstance).
            if (reading is not null) earlier.Add(reading);
            if (earlier.Count > NamedInstance.LookBack)
            {
                SentenceReading.Release(earlier[0]);
                earlier.RemoveAt(0);
            }
            i = next;
        }
        // Nothing framed keeps a reading: the last ones serve the thread's next source.
        foreach (var r in earlier) SentenceReading.Release(r);
        return framed.MoveToImmutable();
    }

    /// <summary>
    /// True when the date is a bound ("until June 2025", "depuis 2010") or dates another event than the one its sentence
    /// names after it ("le 7 juillet, 15 jours après la mort de"): it is not the date of that event.
    /// </summary>
    private const int EarlierEventReach = 10;

    /// <summary>How many words may stand between a compared figure and the name it is given to ("600 000 km pour Hubble").</summary>
    private const int OwnNameGap = 2;

    private static bool NamedJustAfter(SentenceReading s, Mention figure, FrameHolder holder)
    {
        var at = s.Text.IndexOf(holder.Name, figure.End, StringComparison.Ordinal);
        return at >= 0 && s.WordAt(at) - s.WordAt(figure.End) <= OwnNameGap && !s.CommaBetween(figure.End, at);
    }

    private static bool NotTheEventsDate(SentenceReading s, Mention date, int measureFirst, int measureEnd)
    {
        var (first, end) = (s.WordAt(date.Start), s.WordAt(date.End));
        foreach (var p in s.Lexicon.DateBoundBefore)
            if (s.PhraseAt(p, first - p.Length) || s.PhraseAt(p, first)) return true;
        if (EarlierInstance(s, date, first) || DateOwner.Elsewhere(s, date, first, bySubject: measureFirst < 0)) return true;
        if (measureFirst < 0) return false;
        var (from, to) = measureFirst >= end ? (end, measureFirst) : (measureEnd, first);
        return s.AnyPhraseIn(s.Lexicon.DateApartBetween, from, to);
    }

    /// <summary>
    /// "the first referendum since the republic referendum of 1974", "depuis la première campagne de X en 2016": a phrase
    /// after "since" that ends with the date and names the event again, or with an ordinal, names an earlier occurrence of
    /// an event that happens again; the date is that one's. "since the launch of its app in early 2011" dates the launch.
    /// </summary>
    private static bool EarlierInstance(SentenceReading s, Mention date, int first)
    {
        for (var i = Math.Max(0, first - EarlierEventReach); i < first; i++)
        {
            if (!AnyPhraseAt(s, s.Lexicon.DateEarlierEventBefore, i) || s.CommaBetween(s.Words[i].End, date.Start)) continue;
            for (var k = i + 1; k < first; k++)
            {
                var word = s.Words[k];
                if (s.Lexicon.Ordinals.ContainsKey(word.Lower)) return true;
                if (!word.Stop && word.Key != "#" && KeyBefore(s, i, word.Key)) return true;
            }
        }
        return false;
    }

    /// <summary>True when one of the first <paramref name="count"/> words has the key <paramref name="key"/>.</summary>
    private static bool KeyBefore(SentenceReading s, int count, string key)
    {
        foreach (var w in s.Words.Span[..count])
            if (w.Key == key) return true;
        return false;
    }

    private static bool AnyPhraseAt(SentenceReading s, ImmutableArray<string[]> phrases, int at)
    {
        foreach (var p in phrases)
            if (s.PhraseAt(p, at)) return true;
        return false;
    }

    /// <summary>The words that name a claim's measure: those the measure was read from, or the subject word that binds it.</summary>
    private static (int First, int End) MeasureWords(SentenceReading s, Claim claim, int first, int end) =>
        first >= 0 ? (first, end) : claim.SubjectWord is { } word ? s.WordsOf(word) : (-1, -1);

    private ClaimFrame Frame(SentenceReading reading, Claim claim, List<Mention> mentions, List<Mention> others, List<Mention> othersOfKind, SourceNameIndex names, ClaimFrame? previous, IReadOnlyList<SentenceReading> earlier)
    {
        others.Clear();
        othersOfKind.Clear();
        foreach (var m in mentions)
        {
            if (ReferenceEquals(m, claim.Mention)) continue;
            others.Add(m);
            if (m.Kind == claim.Mention.Kind) othersOfKind.Add(m);
        }
        var (measure, first, end) = MeasureReader.Read(reading, claim, concepts, othersOfKind);
        var status = StatusReader.Read(reading, claim.Mention, (first, end));
        // "56 % des voix, contre 43 %": the compared figure is of the measure of the figure it is compared with.
        if (status == ClaimStatus.Counterpart && measure is null) measure = previous?.Measure;
        // A claim with no measure is never compared: its holder and scope are not worth reading.
        if (measure is null || (claim.Mention.Kind == ClaimKind.Date && NotTheEventsDate(reading, claim.Mention, first, end))
            || (claim.Mention.Kind == ClaimKind.Place && PlaceRole.Listed(reading, claim.Mention, others))) return ClaimFrame.NoneWith(status);
        var holder = HolderReader.Read(reading, claim, mentions, names, (first, end), status == ClaimStatus.Counterpart, earlier);
        // "à 1,5 million de km, contre 600 000 km pour Hubble": a compared amount or count given to a name of its own is that
        // name's figure. Not yet for shares: "contre 33,9 % à Le Pen" would meet shares whose holders are read loosely.
        if (status == ClaimStatus.Counterpart && claim.Mention.Kind != ClaimKind.Percentage && holder is { } own && own.Key != previous?.Holder?.Key && NamedJustAfter(reading, claim.Mention, own)) status = ClaimStatus.Fact;
        var (compared, scope) = ComparedThing.Read(reading, concepts, measure, end, holder, ScopeReader.Read(reading, claim.Mention, others, concepts, MeasureWords(reading, claim, first, end)));
        return new ClaimFrame(measure, compared, scope, status)
        {
            CountedIn = claim.Mention.Kind == ClaimKind.Quantity ? MeasureReader.CountedIn(reading, claim.Mention, concepts) : null,
            Occurrence = EventQualifier.Read(reading, claim, first, end),
        };
    }
}
