using FactCheck.Mentions;

namespace FactCheck.Frames;

/// <summary>
/// Places that a sentence names as members of a list ("à Paris et à Lyon", "in Chile, Peru and Bolivia"): every member
/// holds, so none contradicts another source's. Such a place is reported and never compared. (An agent, "set up by
/// Estonia", is no location either: <see cref="LocativeComplement"/> already asks for a locative word before a place.)
/// </summary>
internal static class PlaceRole
{
    /// <summary>True when the place is one of two or more places joined by commas and an "and" or "or".</summary>
    public static bool Listed(SentenceReading s, Mention place, List<Mention> others)
    {
        var places = PlacesInOrder(place, others);
        var listed = Listed(s, places, places.IndexOf(place));
        // Emptied after use: a kept list must not keep its source's mentions alive, nor a huge table's room.
        places.Clear();
        if (places.Capacity > LongestKept) placesOfThread = null;
        return listed;
    }

    /// <summary>True when place <paramref name="at"/> of the sentence's <paramref name="places"/> is one of a list (see <see cref="Listed(SentenceReading, Mention, List{Mention})"/>).</summary>
    private static bool Listed(SentenceReading s, List<Mention> places, int at)
    {
        // The chain of places around this one, each joined to the next by a comma, a list word or an article only.
        var (from, to) = (at, at);
        while (from > 0 && Joined(s, places[from - 1], places[from], out _)) from--;
        while (to < places.Count - 1 && Joined(s, places[to], places[to + 1], out _)) to++;
        if (from == to) return false;
        var listWord = false;
        for (var i = from; i < to; i++)
        {
            Joined(s, places[i], places[i + 1], out var joinedByWord);
            listWord |= joinedByWord;
        }
        return listWord;
    }

    /// <summary>
    /// The sentence's places, <paramref name="place"/> among them, by where they start (the earlier given first among those
    /// that start together, as a stable sort orders them), in a list the thread keeps: a query of filter, append, sort and
    /// copy for every place claim was 0.08 % of a check's samples (perf of 08e02fd, AOT, bench corpus) and a list a claim.
    /// </summary>
    private static List<Mention> PlacesInOrder(Mention place, List<Mention> others)
    {
        var places = placesOfThread ??= [];
        // Empty already, but for a reading an exception cut short: no other sentence's places are read into this one.
        places.Clear();
        foreach (var o in others)
            if (o.Kind == ClaimKind.Place) places.Add(o);
        places.Add(place);
        // An insertion sort: stable, and a sentence names few places.
        for (var i = 1; i < places.Count; i++)
        {
            var (moved, j) = (places[i], i);
            for (; j > 0 && places[j - 1].Start > moved.Start; j--) places[j] = places[j - 1];
            places[j] = moved;
        }
        return places;
    }

    /// <summary>Past this many places the thread lets its list go: a huge table's sentence would hold on to it.</summary>
    private const int LongestKept = 1024;

    [ThreadStatic]
    private static List<Mention>? placesOfThread;

    private static bool Joined(SentenceReading s, Mention a, Mention b, out bool byListWord)
    {
        byListWord = false;
        if (b.Start < a.End) return false;
        var gap = s.Text.AsSpan(a.End, b.Start - a.End);
        foreach (var ch in gap)
            if (!(char.IsWhiteSpace(ch) || ch == ',' || char.IsLetter(ch) || ch == '\'' || ch == '’')) return false;
        for (var i = s.WordAt(a.End); i < s.Words.Length && s.Words[i].Start < b.Start; i++)
        {
            var word = s.Words[i].Lower;
            if (s.Lexicon.ListWords.Contains(word)) byListWord = true;
            // "à Paris et à Lyon": a place preposition may repeat before each member.
            else if (!(s.Lexicon.Articles.Contains(word) || word.EndsWith('\'') || s.Lexicon.PlaceCues.Contains(word))) return false;
        }
        return true;
    }
}
