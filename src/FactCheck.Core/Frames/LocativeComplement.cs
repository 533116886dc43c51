using FactCheck.Kinds.Place;

namespace FactCheck.Frames;

/// <summary>
/// Whether a place stands where a locative predicate puts its complement: after an "at" word ("died in Paris", "né à
/// Bondy"), an article or a determiner allowed between them ("at the Ritz", "dans sa maison"), or after a short noun phrase
/// that such a word opens and "of"/"de" closes ("à l'hôpital américain de Neuilly", "at the home of"). A place named
/// otherwise is not where the event happened, however near its word: "annoncé par le palais de Buckingham", "her rule
/// over the United Kingdom" are a speaker and a realm, not places of death.
/// </summary>
internal static class LocativeComplement
{
    /// <summary>How many words the noun phrase between the "at" word and "of" may hold ("sa résidence écossaise").</summary>
    private const int PhraseWords = 3;

    /// <summary>True when the place whose first word is <paramref name="first"/> is the complement of an "at" word.</summary>
    public static bool Introduces(SentenceReading s, int first)
    {
        var words = PlaceWords.Of(s.Sentence.Source.Language);
        var i = SkipDeterminers(s, words, first - 1);
        if (i < 0) return false;
        if (words.AtWords.Contains(s.Words[i].Lower)) return true;
        if (!words.OfWords.Contains(s.Words[i].Lower)) return false;
        var content = 0;
        for (var j = i - 1; j >= 0 && content <= PhraseWords; j--)
        {
            var word = s.Words[j];
            if (s.CommaBetween(word.End, s.Words[j + 1].Start) || word.Key == "#" || words.ClauseWords.Contains(word.Lower)) return false;
            if (words.AtWords.Contains(word.Lower)) return true;
            if (!words.Determiners.Contains(word.Lower) && !words.Articles.Contains(word.Lower)) content++;
        }
        return false;
    }

    private static int SkipDeterminers(SentenceReading s, PlaceWords words, int i)
    {
        while (i >= 0 && (words.Articles.Contains(s.Words[i].Lower) || words.Determiners.Contains(s.Words[i].Lower))) i--;
        return i;
    }
}
