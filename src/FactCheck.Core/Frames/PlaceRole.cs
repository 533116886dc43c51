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
        var places = others.Where(o => o.Kind == ClaimKind.Place).Append(place).OrderBy(o => o.Start).ToList();
        var at = places.IndexOf(place);
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
