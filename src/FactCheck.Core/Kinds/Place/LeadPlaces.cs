using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Place;

/// <summary>
/// The places a place source found in the first sentences of a source (its lead, read for the story profile), kept without
/// the sentences: where each is and which place it names. The claims pass splits the text again and reads the same
/// sentences; it asks these instead of the gazetteer (<see cref="IEarlierMentions"/>). Kept as offsets, not as mentions, so
/// that the first pass's sentences, and with them the text it lets go, are not held until the claims are read.
/// </summary>
public sealed class LeadPlaces : IEarlierMentions
{
    private readonly IMentionSource reader;
    // Each lead sentence's place in its block and a hash of its text: a sentence asked about that is not the one read is
    // read again, whatever split it.
    private readonly (int Start, int End, int Hash)[] sentences;
    private readonly int[] firsts;
    private readonly (int Start, int End, Place Place)[] found;

    private LeadPlaces(IMentionSource source, (int, int, int)[] sentences, int[] firsts, (int Start, int End, Place Place)[] found) =>
        (this.reader, this.sentences, this.firsts, this.found) = (source, sentences, firsts, found);

    /// <summary>
    /// Reads <paramref name="lead"/> with <paramref name="source"/>, each sentence once; null when the source gave anything
    /// but places (a mention of another kind would lose what the offsets do not hold), and the caller reads as before.
    /// </summary>
    public static LeadPlaces? Read(IMentionSource source, ReadOnlySpan<Sentence> lead)
    {
        var sentences = new (int, int, int)[lead.Length];
        var firsts = new int[lead.Length + 1];
        List<(int, int, Place)>? found = null;
        for (var s = 0; s < lead.Length; s++)
        {
            sentences[s] = Shape(lead[s]);
            foreach (var mention in source.Find(lead[s]))
            {
                if (mention.GetType() != typeof(PlaceMention)) return null;
                var place = (PlaceMention)mention;
                (found ??= []).Add((place.Start, place.End, place.Place));
            }
            firsts[s + 1] = found?.Count ?? 0;
        }
        return new LeadPlaces(source, sentences, firsts, found is null ? [] : [.. found]);
    }

    private static (int Start, int End, int Hash) Shape(Sentence sentence) => (sentence.Start, sentence.End, string.GetHashCode(sentence.Text));

    /// <inheritdoc/>
    public IReadOnlyList<Mention>? Found(IMentionSource source, int index, Sentence sentence)
    {
        if (!ReferenceEquals(source, reader) || index >= sentences.Length || Shape(sentence) != sentences[index]) return null;
        var (from, to) = (firsts[index], firsts[index + 1]);
        if (from == to) return [];
        var mentions = new Mention[to - from];
        for (var k = from; k < to; k++) mentions[k - from] = new PlaceMention(sentence, found[k].Start, found[k].End, found[k].Place);
        return mentions;
    }
}
