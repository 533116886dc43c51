using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FactCheck.Inputs;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Place;

/// <summary>
/// Places no gazetteer knows, read from what a locative predicate says ("died at the Ronald Reagan UCLA Medical Center",
/// "né à Saint-Trucmuche", "exposée dans la Grande Galerie"): after a predicate of <c>locations.yml</c> marked
/// <c>predicate: true</c>, a few words, and an "at" word of the language, the proper name that follows is a site, a
/// place of its own. Lower-case words may stand between the "at" word and the name when they end on "of"/"de" ("à
/// l'hôpital américain de X", "in the suburb of X"); a name the gazetteer knows as a whole is left to it. A site lies in the
/// gazetteer place named inside it or just after it ("UCLA Medical Center, Los Angeles"), so that the city and the site
/// never conflict; a site in nothing known agrees with any gazetteer place and disagrees only with another site.
/// </summary>
internal static class PlaceSites
{
    private const int MaxWordsBeforeAt = 5;
    private const int MaxWordsAfterAt = 6;
    private const int MaxNameWords = 8;
    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(",;:()[]«»\"“”—–.!?");

    /// <summary>The site mentions of <paramref name="sentence"/> and the gazetteer mentions not inside one, in order.</summary>
    public static IReadOnlyList<Mention> With(Sentence sentence, IReadOnlyList<Mention> places)
    {
        var predicates = LocativePredicates.Default;
        var text = sentence.Text;
        if (!predicates.KeyWords.MayHoldAny(text)) return places;
        var words = PlaceWords.Of(sentence.Source.Language);
        List<Mention>? result = null;
        foreach (Match predicate in predicates.Terms.Matches(text))
        {
            // A capitalized predicate word is part of a name ("la Vallée de la Mort, en Californie"): no complement after a comma.
            if (NameAfter(text, predicate.Index + predicate.Length, words, afterComma: char.IsLower(text[predicate.Index])) is not { } name) continue;
            var inside = places.OfType<PlaceMention>().Where(p => p.Start >= name.Start && p.End <= name.End).ToList();
            if (inside.Count == 1 && inside[0].Start == name.Start && inside[0].End == name.End) continue;
            var parent = inside.LastOrDefault()?.Place ?? PlaceJustAfter(text, name.End, places, words);
            var written = text[name.Start..name.End];
            var site = new Place("site:" + PlaceText.Key(written).Replace(' ', '-'), written, ImmutableSortedDictionary<string, string>.Empty, PlaceType.Site, parent?.Country, parent, false);
            result ??= [.. places];
            result.RemoveAll(p => p.Start >= name.Start && p.End <= name.End);
            result.Add(new PlaceMention(sentence, name.Start, name.End, site));
        }
        if (result is null) return places;
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>The proper name after the predicate ending at <paramref name="from"/>: "[few words] at [lower-case words of] Name".</summary>
    private static (int Start, int End)? NameAfter(string text, int from, PlaceWords words, bool afterComma)
    {
        var i = from;
        var sawAt = false;
        var hops = 0;
        var lowerRun = 0;
        string? lastLower = null;
        string? atWord = null;
        var nounBetween = false;
        var secondComplement = false;
        while (true)
        {
            if (NextWord(text, i) is not { } word)
            {
                // "a succombé à un arrêt cardiaque, dans un manoir de X", "died of a stroke, at his home in X": a second
                // complement after a comma, opened by an "at" word, says where.
                if (secondComplement || !afterComma || AtWordAfterComma(text, i, words) is not { } at) return null;
                (secondComplement, sawAt, atWord, lowerRun, lastLower, nounBetween) = (true, true, Lower(text, at), 0, null, false);
                i = at.End;
                continue;
            }
            var value = Lower(text, word);
            if (char.IsUpper(text[word.Start]) && !(words.FunctionWords.Contains(value) && !sawAt))
            {
                if (!sawAt || words.FunctionWords.Contains(value)) return null;
                // "at the X", "à l'hôpital de X": lower-case words before the name end on an article or "of".
                if (lowerRun > 0 && !(words.OfWords.Contains(lastLower!) || words.Articles.Contains(lastLower!) || words.Determiners.Contains(lastLower!))) return null;
                var name = NameFrom(text, word, words);
                // "died in the Tsunami", "associé au Covid-19": one capitalized word after an article names a thing, not a place.
                var oneWord = NextWord(text, word.End) is not { } after || after.Start >= name.End;
                if (oneWord && !nounBetween && (lowerRun > 0 || words.ArticleAtWords.Contains(atWord!))) return null;
                return name;
            }
            if (!sawAt)
            {
                if (words.AtWords.Contains(value)) (sawAt, atWord) = (true, value);
                else if (++hops > MaxWordsBeforeAt) return null;
            }
            else if (++lowerRun > MaxWordsAfterAt || words.ClauseWords.Contains(value)) return null;
            else
            {
                lastLower = value;
                nounBetween |= !(words.Articles.Contains(value) || words.Determiners.Contains(value) || words.OfWords.Contains(value));
            }
            i = word.End;
        }
    }

    /// <summary>The "at" word right after a comma that ends the clause at <paramref name="from"/>, or null.</summary>
    private static (int Start, int End)? AtWordAfterComma(string text, int from, PlaceWords words)
    {
        var i = from;
        while (i < text.Length && text[i] is ' ' or '\u00A0') i++;
        if (i >= text.Length || text[i] != ',') return null;
        return NextWord(text, i + 1) is { } word && words.AtWords.Contains(Lower(text, word)) ? word : null;
    }

    /// <summary>Capitalized words from <paramref name="first"/>, with "of"/"de" or an article between two of them.</summary>
    private static (int Start, int End) NameFrom(string text, (int Start, int End) first, PlaceWords words)
    {
        var end = first.End;
        var count = 1;
        while (count < MaxNameWords && NextWord(text, end) is { } next)
        {
            if (char.IsUpper(text[next.Start]) || char.IsDigit(text[next.Start])) { end = next.End; count++; continue; }
            var value = Lower(text, next);
            if (!(words.OfWords.Contains(value) || words.Articles.Contains(value)) || NextWord(text, next.End) is not { } after || !char.IsUpper(text[after.Start])) break;
            end = after.End;
            count += 2;
        }
        return (first.Start, end);
    }

    /// <summary>", Los Angeles", " in Los Angeles", " à Neuilly": the gazetteer place that places a site.</summary>
    private static Place? PlaceJustAfter(string text, int end, IReadOnlyList<Mention> places, PlaceWords words)
    {
        foreach (var mention in places.OfType<PlaceMention>().Where(p => p.Start >= end).Take(1))
        {
            var gap = text.AsSpan(end, mention.Start - end).Trim();
            if (gap is "," || words.AtWords.Contains(Casing.ToLower(gap.ToString()))) return mention.Place;
        }
        return null;
    }

    /// <summary>The next word after <paramref name="from"/> in the same clause (no punctuation between), or null.</summary>
    private static (int Start, int End)? NextWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && !PlaceText.IsWordChar(text[i]))
        {
            if (Breaks.Contains(text[i]) && !(text[i] == '.' && i > 0 && char.IsUpper(text[i - 1]))) return null;
            i++;
        }
        return i < text.Length ? (i, PlaceText.WordEnd(text, i)) : null;
    }

    private static string Lower(string text, (int Start, int End) word) =>
        Casing.ToLower(text[word.Start..word.End].Replace('’', '\''));
}
