namespace FactCheck.Frames;

/// <summary>
/// Prepositional complements between a verb and its figure: "Pogba returned to Manchester United from Juventus for £89m",
/// "a été racheté par Facebook pour 1 milliard". The names a preposition opens ("from Juventus", "par Facebook") say where
/// from, to whom or by whom; the figure is still the verb's, and the verb's subject is the figure's holder.
/// </summary>
internal static class ComplementChain
{
    /// <summary>True when a preposition opens the name's phrase ("from Juventus", "par la Fifa"): a complement, no subject.</summary>
    public static bool AfterPreposition(SentenceReading s, int start)
    {
        var at = s.WordAt(start);
        while (at > 0 && s.Lexicon.Determiners.Contains(s.Words[at - 1].Lower)) at--;
        return at > 0 && s.Lexicon.Prepositions.Contains(s.Words[at - 1].Lower) && !s.CommaBetween(s.Words[at - 1].End, start);
    }

    /// <summary>
    /// The first word of the chain of prepositions and prepositional names that ends just before the figure at word
    /// <paramref name="figure"/> (the word after its verb), when the chain holds a name; otherwise null.
    /// </summary>
    public static int? Start(SentenceReading s, int figure)
    {
        var at = figure;
        var named = false;
        while (at > 0)
        {
            var word = s.Words[at - 1];
            if (s.CommaBetween(word.End, s.Words[Math.Min(at, s.Words.Length - 1)].Start)) break;
            if (s.Lexicon.Prepositions.Contains(word.Lower) || s.Lexicon.Determiners.Contains(word.Lower)) { at--; continue; }
            var name = NameAround(s, word);
            if (name is not { } found || !AfterPreposition(s, found.Start)) break;
            at = s.WordAt(found.Start);
            named = true;
        }
        return named ? at : null;
    }

    private static Analysis.NameSpan? NameAround(SentenceReading s, FrameWord word)
    {
        foreach (var n in s.Names.All)
            if (n.Start <= word.Start && n.End >= word.End) return n;
        return null;
    }
}
