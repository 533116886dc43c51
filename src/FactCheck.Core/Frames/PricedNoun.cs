namespace FactCheck.Frames;

/// <summary>
/// An amount joined to the noun phrase it prices by a price link ("une prouesse technologique à 10 milliards d'euros", "un
/// stade à 600 millions"): the noun phrase, opened by a determiner and made of one or two content words, costs the amount.
/// Read only when no measure word or verb of the clause measures the amount, so "la dette passe à 3 milliards" stays a debt.
/// An amount written before a noun, opened by a determiner, prices that noun too ("the $2.4bn Mars 2020 mission", "a $10bn
/// telescope"): names and numbers may stand between, as in any compound noun.
/// </summary>
internal static class PricedNoun
{
    /// <summary>The measure every priced noun phrase gives its amount: what the thing costs.</summary>
    private const string Cost = "cost";

    /// <summary>How many content words the priced noun phrase may have ("prouesse technologique").</summary>
    private const int MostWords = 2;

    /// <summary>The cost, and the words <c>[First, End)</c> of the noun phrase and link that name it, or null when no priced noun stands before the figure.</summary>
    public static (FrameMeasure Measure, int First, int End)? Read(SentenceReading s, int first)
    {
        foreach (var link in s.Lexicon.PriceLinks)
        {
            var at = first - link.Length;
            if (at < 2 || !s.PhraseAt(link, at)) continue;
            var words = 0;
            var i = at - 1;
            while (i >= 0 && words < MostWords && !s.Words[i].Stop && !s.Words[i].Capital && s.Words[i].Key != "#") (i, words) = (i - 1, words + 1);
            if (words == 0 || i < 0 || !s.Lexicon.Determiners.Contains(s.Words[i].Lower)) continue;
            var text = s.Text[s.Words[i + 1].Start..s.Words[at - 1].End];
            return (new FrameMeasure(Cost, text, MeasureOrigin.Noun), i + 1, at + link.Length);
        }
        return null;
    }

    /// <summary>
    /// The cost of the noun an amount opened by a determiner stands before ("the $2.4bn Mars 2020 mission": mission), past
    /// names and numbers of a compound, and where that noun stands; null when a function word, a comma or the sentence's
    /// end comes first ("a $5bn in damage").
    /// </summary>
    public static (FrameMeasure Measure, int First, int End)? Attributive(SentenceReading s, int first, int end)
    {
        if (first == 0 || !s.Lexicon.Determiners.Contains(s.Words[first - 1].Lower)) return null;
        for (var i = end; i < Math.Min(s.Words.Length, end + MostWords + 2); i++)
        {
            if (s.CommaBetween(s.Words[i - 1].End, s.Words[i].Start) || s.Words[i].Stop) return null;
            if (!s.Words[i].Capital && s.Words[i].Key != "#") return (new FrameMeasure(Cost, s.Text[s.Words[i].Start..s.Words[i].End], MeasureOrigin.Noun), i, i + 1);
        }
        return null;
    }
}
