using FactCheck.Kinds.Date;
using FactCheck.Mentions;

namespace FactCheck.Frames;

/// <summary>
/// A date that another word of its sentence owns, so that it dates no event the sentence names further off: just after a
/// speech verb it is when something was said ("L'attaque a eu lieu là, a souligné vendredi le ministre", "the plant closed,
/// the company said on Friday"); joined by "of"/"de" to a noun no pack knows as an event or a unit of time it is that
/// noun's ("le procès de l'attaque de janvier 2015 se déroule": the attack's, not the trial's), unless a subject word binds
/// the claim (the subject word is then that noun: "la présidentielle du 9 août"). A speech verb that is
/// itself an event of the packs ("announced on Friday") keeps its date, and so do spans ("de 2010 à 2015").
/// </summary>
internal static class DateOwner
{
    /// <summary>How many function words may stand between a speech verb and the date it is dated by ("said on Friday").</summary>
    private const int SpeechGap = 2;

    public static bool Elsewhere(SentenceReading s, Mention date, int first, bool bySubject)
    {
        if (date is DateMention { Date.Through: not null }) return false;
        return SaidOn(s, first) || (!bySubject && NounComplement(s, first));
    }

    private static bool SaidOn(SentenceReading s, int first)
    {
        for (var i = first - 1; i >= Math.Max(0, first - 1 - SpeechGap); i--)
        {
            var word = s.Words[i];
            if ((s.Lexicon.SpeechVerbs.Contains(word.Lower) || s.Lexicon.SpeechParticiples.Contains(word.Lower)) && !Covered(s, i, FrameTable.Predicate)) return true;
            if (!word.Stop || s.CommaBetween(word.End, s.Words[first].Start)) return false;
        }
        return false;
    }

    /// <summary>The event noun a date complements ("the explosion of May 2015", "l'explosion de mai 2015"): it is that event's date, whatever verb stands nearer.</summary>
    public static FrameHit? Complemented(SentenceReading s, int first)
    {
        if (first < 2 || !s.Lexicon.DateNounLinks.Contains(s.Words[first - 1].Lower)) return null;
        foreach (var h in s.Hits)
            if (h.Table == FrameTable.Predicate && h.End == first - 1) return h;
        return null;
    }

    private static bool NounComplement(SentenceReading s, int first)
    {
        if (first < 2 || !s.Lexicon.DateNounLinks.Contains(s.Words[first - 1].Lower)) return false;
        var noun = s.Words[first - 2];
        if (noun.Stop || noun.Capital || noun.Key == "#" || s.CommaBetween(noun.End, s.Words[first].Start)) return false;
        return !Covered(s, first - 2, FrameTable.Predicate) && !Covered(s, first - 2, FrameTable.Unit);
    }

    private static bool Covered(SentenceReading s, int at, FrameTable table)
    {
        foreach (var h in s.Hits)
            if (h.Table == table && h.First <= at && h.End > at) return true;
        return false;
    }
}
