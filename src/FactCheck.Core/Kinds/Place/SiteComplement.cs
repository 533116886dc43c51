namespace FactCheck.Kinds.Place;

/// <summary>
/// Where a site of <c>locations.yml</c> (<c>site: true</c>: "home", "maison", "résidence") is: the place an "at" or "of"
/// word right after it opens, one qualifying word between at most ("his home in Bel Air", "sa maison d'Auteuil", "sa
/// résidence écossaise de Balmoral"), or the second complement after a comma ("la résidence qu'il occupait, dans les
/// collines de X"). Farther words say something else of it ("house prices in London"); a capitalized site word is part of
/// a name ("la Maison Blanche à Washington"). A site in a locative predicate's complement ("died at his home in X",
/// "décédée dans sa résidence de X") is where the predicate's event happened: the place is the predicate's.
/// </summary>
internal static class SiteComplement
{
    /// <summary>How many words a predicate may stand before the "at" word that opens its site ("est morte mardi soir dans sa maison").</summary>
    private const int PredicateReach = 8;

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(",;:()[]«»\"“”—–");

    private static readonly System.Buffers.SearchValues<char> BreaksButComma = System.Buffers.SearchValues.Create(";:()[]«»\"“”—–");

    /// <summary>True when the site ending at <c>site.End</c> is placed in the place starting at <paramref name="placeStart"/>.</summary>
    public static bool Places(string text, (int Start, int End) site, int placeStart, PlaceWords language)
    {
        if (char.IsUpper(text[site.Start])) return false;
        // "sa maison de X, à 45 kilomètres de Y": a distance from a place does not say where the site is.
        if (PlaceBinder.SecondComplement(text, site.End, placeStart, language) is var after and >= 0)
            return PlaceBinder.Words(text, after, placeStart) is var complement && !complement.Exists(w => char.IsDigit(w[0])) && PlaceBinder.IsComplement(complement, language);
        if (text.AsSpan(site.End, placeStart - site.End).IndexOfAny(Breaks) >= 0) return false;
        var words = PlaceBinder.Words(text, site.End, placeStart);
        var opening = words.Count > 0 && Opens(words[0], language) ? 0 : words.Count > 1 && Opens(words[1], language) ? 1 : -1;
        return opening >= 0 && words.Skip(opening + 1).All(w => language.Articles.Contains(w) || language.Determiners.Contains(w));
    }

    /// <summary>
    /// The predicate subject before the site at <paramref name="at"/> whose complement the site is: an "at" word (and
    /// determiners) right before the site, the predicate a few words before, one comma between them at most. Null when none.
    /// </summary>
    public static (int Start, int End, string Subject)? Owner(string text, List<(int Start, int End, string Subject)> subjects, int at, LocationLexicon lexicon, PlaceWords language)
    {
        var site = subjects[at];
        for (var k = at - 1; k >= 0; k--)
        {
            var predicate = subjects[k];
            if (!lexicon.Predicates.Contains(predicate.Subject)) continue;
            var gap = text.AsSpan(predicate.End, site.Start - predicate.End);
            if (gap.IndexOfAny(BreaksButComma) >= 0 || gap.Count(',') > 1) return null;
            var words = PlaceBinder.Words(text, predicate.End, site.Start);
            var last = words.Count - 1;
            while (last >= 0 && (language.Articles.Contains(words[last]) || language.Determiners.Contains(words[last]))) last--;
            return last >= 0 && last <= PredicateReach && language.AtWords.Contains(words[last]) ? predicate : null;
        }
        return null;
    }

    private static bool Opens(string word, PlaceWords language) => language.AtWords.Contains(word) || language.OfWords.Contains(word);
}
