using System.Collections.Immutable;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Place;

/// <summary>
/// The places a place source found in the first sentences of a source (its lead, read for the story profile), kept without
/// the sentences: in which sentence each is, where, and which place it names. The claims pass splits the text again and reads
/// the same sentences; it asks these instead of the gazetteer (<see cref="IEarlierMentions"/>). Kept as offsets, not as
/// mentions, so that the first pass's sentences, and with them the text it lets go, are not held until the claims are read;
/// and small, since every source's are held through the grouping of the stories.
/// </summary>
public sealed class LeadPlaces : IEarlierMentions
{
    private readonly IMentionSource reader;
    private readonly int count;
    private readonly int shape;
    private readonly (int Sentence, int Start, int End, Place Place)[] found;

    private LeadPlaces(IMentionSource reader, int count, int shape, (int, int, int, Place)[] found) =>
        (this.reader, this.count, this.shape, this.found) = (reader, count, shape, found);

    /// <summary>
    /// Reads <paramref name="lead"/> with <paramref name="source"/>, each sentence once. <paramref name="justRead"/> answers with
    /// what the source found, for the profile to take now; the result keeps it for the claims pass, or is null when the source
    /// gave anything but places (a mention of another kind would lose what the offsets do not hold).
    /// </summary>
    public static LeadPlaces? Read(IMentionSource source, ImmutableArray<Sentence> lead, out IEarlierMentions justRead)
    {
        var all = new IReadOnlyList<Mention>[lead.Length];
        var (places, kept) = (0, true);
        for (var s = 0; s < lead.Length; s++)
        {
            all[s] = source.Find(lead[s]);
            places += all[s].Count;
            // Loops by index: a foreach over the interface boxed each sentence's enumerator.
            for (var m = 0; m < all[s].Count; m++) kept &= all[s][m].GetType() == typeof(PlaceMention);
        }
        justRead = new JustRead(source, all);
        if (!kept) return null;
        var found = places == 0 ? [] : new (int, int, int, Place)[places];
        var k = 0;
        for (var s = 0; s < lead.Length; s++)
            for (var m = 0; m < all[s].Count; m++)
                if (all[s][m] is PlaceMention place) found[k++] = (s, place.Start, place.End, place.Place);
        return new LeadPlaces(source, lead.Length, ShapeOf(lead.AsSpan(0, lead.Length)), found);
    }

    /// <summary>
    /// This, when <paramref name="sentences"/> open with the lead it was read from (the same text split the same way: each
    /// sentence where it was, of its length); else null, and the sentences are read anew.
    /// </summary>
    public LeadPlaces? For(ImmutableArray<Sentence> sentences) =>
        sentences.Length >= count && ShapeOf(sentences.AsSpan(0, count)) == shape ? this : null;

    /// <inheritdoc/>
    public IReadOnlyList<Mention>? Found(IMentionSource source, int index, Sentence sentence)
    {
        if (!ReferenceEquals(source, reader) || index >= count) return null;
        List<Mention>? mentions = null;
        foreach (var (s, start, end, place) in found)
            if (s == index) (mentions ??= []).Add(new PlaceMention(sentence, start, end, place));
        return mentions ?? (IReadOnlyList<Mention>)[];
    }

    private static int ShapeOf(ReadOnlySpan<Sentence> lead)
    {
        var hash = new HashCode();
        foreach (var sentence in lead)
        {
            hash.Add(sentence.Start);
            hash.Add(sentence.End);
            hash.Add(sentence.Text.Length);
        }
        return hash.ToHashCode();
    }

    /// <summary>What the source found in each sentence it just read, the sentences themselves.</summary>
    private sealed class JustRead(IMentionSource reader, IReadOnlyList<Mention>[] found) : IEarlierMentions
    {
        public IReadOnlyList<Mention>? Found(IMentionSource source, int index, Sentence sentence) =>
            ReferenceEquals(source, reader) && index < found.Length ? found[index] : null;
    }
}
