using FactCheck.Inputs;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Place;

/// <summary>
/// Reads the gazetteer names found in one sentence: which place a shared name means here, and whether the name stands
/// for a place at all. A name is no place mention when it is part of a longer name (a capitalized word beside it:
/// "Air France", "Paris Hilton", "China Daily"; or "Banque de France", "Bank of England", "Université de Montréal"), when
/// it is an actor ("Kiev has urgent needs", "Moscou a répondu", "Washington said", "Kiev's needs"), or when it is also a
/// common word or a person's name (Nice, Split, Reading, Austin) and nothing says it is a place ("in", "à", ", England").
/// </summary>
internal static class PlaceReading
{
    /// <summary>The place mentions among <paramref name="matches"/>, in order.</summary>
    public static IReadOnlyList<Mention> Mentions(Sentence sentence, List<PlaceMatch> matches)
    {
        var text = sentence.Text;
        // The thread's array, taken while in use; read only below matches.Count.
        var places = placesOfThread is { } kept && kept.Length >= matches.Count ? kept : new Place[Math.Max(matches.Count, 8)];
        placesOfThread = null;
        Resolve(matches, sentence.Source.Language.Code, places);
        var words = PlaceWords.Of(sentence.Source.Language);
        var mentions = new List<Mention>(matches.Count);
        for (var m = 0; m < matches.Count; m++)
            if (IsPlace(text, matches, places, m, words)) mentions.Add(new PlaceMention(sentence, matches[m].Start, matches[m].End, places[m]));
        if (places.Length <= PlacesKept)
        {
            // Not held past the sentence: the places would stay reachable from the thread.
            Array.Clear(places, 0, matches.Count);
            placesOfThread = places;
        }
        return mentions;
    }

    // Past this many a sentence's array of places is let go (a huge table's sentence).
    private const int PlacesKept = 1024;

    /// <summary>
    /// Which place each match of the sentence being read means, reused sentence after sentence: an array a sentence naming a
    /// place was garbage, like its list of matches (<see cref="PlaceMentionSource"/>).
    /// </summary>
    [ThreadStatic]
    private static Place[]? placesOfThread;

    private static bool IsPlace(string text, List<PlaceMatch> matches, Place[] places, int m, PlaceWords words)
    {
        var match = matches[m];
        var before = WordBefore(text, match.Start);
        var cued = before is { } b && (Is(words.Cues, text, b) || (Is(words.OfWords, text, b) && WordBefore(text, b.Start) is { } c && Is(words.Cues, text, c)))
            || PlaceApposition.NounAfter(text, match.End, words) >= 0;
        if (!cued && (match.Possessive || IsActor(text, match.End, words))) return false;
        if (IsPartOfName(text, matches, places, m, before, words)) return false;
        if (before is { } h && PlaceWords.Has(words.Honorifics, text.AsSpan(h.Start, h.End - h.Start).TrimEnd('.'))) return false;
        if (HasInnerCapital(text.AsSpan(match.Start, match.End - match.Start)) && !IsWrittenAs(places[m], text[match.Start..match.End])) return false;
        return !places[m].Ambiguous || cued || IsRefinedByNext(text, matches, places, m, words);
    }

    /// <summary>"Moscow said", "Kiev has", "Moscou a répondu", "Kyiv avait", "Berlin also said".</summary>
    private static bool IsActor(string text, int end, PlaceWords words)
    {
        if (WordAfter(text, end) is not { } next) return false;
        if (Is(words.Adverbs, text, next) && WordAfter(text, next.End) is { } after) next = after;
        if (Is(words.ActorVerbs, text, next)) return true;
        return Is(words.ActorAuxiliaries, text, next) && WordAfter(text, next.End) is { } participle && Is(words.ActorParticiples, text, participle);
    }

    private static bool IsPartOfName(string text, List<PlaceMatch> matches, Place[] places, int m, (int Start, int End)? before, PlaceWords words)
    {
        var match = matches[m];
        if (before is { } b && IsNameWord(text, b, words) && !IsInitialism(text, b) && !Beside(places, m, FirstEndingAt(matches, b.End))) return true;
        // "le meeting de La France insoumise": a capitalized article inside a sentence starts a name (a place whose name
        // holds its article, "La Haye", "The Hague", was matched whole).
        if (before is { } article && char.IsUpper(text[article.Start]) && Is(words.Articles, text, article) && HasWordBefore(text, article.Start)) return true;
        if (WordAfter(text, match.End) is { } a && IsNameWord(text, a, words) && !Beside(places, m, FirstStartingAt(matches, a.Start))) return true;
        // "Banque de France", "Bank of England", "Université libre de Bruxelles", "Commandement européen des États-Unis".
        if (before is not { } of) return false;
        if (Is(words.Articles, text, of) && WordBefore(text, of.Start) is { } realOf) of = realOf;
        if (!Is(words.OfWords, text, of) || WordBefore(text, of.Start) is not { } head) return false;
        if (IsNameWord(text, head, words)) return true;
        return char.IsLower(text[head.Start]) && !Is(words.FunctionWords, text, head)
            && WordBefore(text, head.Start) is { } first && IsNameWord(text, first, words);
    }

    /// <summary>
    /// True when the place of match <paramref name="o"/> contains that of match <paramref name="m"/> or lies in it: two places
    /// side by side are a place and what contains it ("Brooklyn New York"); otherwise one longer name ("Paris Saint-Germain").
    /// </summary>
    private static bool Beside(Place[] places, int m, int o) => o >= 0 && (places[o].Contains(places[m]) || places[m].Contains(places[o]));

    // Loops, not FindIndex with a lambda: the closures were some 13 MB over the bench corpus.
    private static int FirstEndingAt(List<PlaceMatch> matches, int end)
    {
        for (var o = 0; o < matches.Count; o++)
            if (matches[o].End == end) return o;
        return -1;
    }

    private static int FirstStartingAt(List<PlaceMatch> matches, int start)
    {
        for (var o = 0; o < matches.Count; o++)
            if (matches[o].Start == start) return o;
        return -1;
    }

    /// <summary>"BoE", "McLaren": a capital inside a word that is not all capitals, which a place's name must then have too.</summary>
    private static bool HasInnerCapital(ReadOnlySpan<char> written)
    {
        var lower = false;
        for (var i = 1; i < written.Length; i++)
        {
            lower |= char.IsLower(written[i]);
            if (char.IsUpper(written[i]) && char.IsLetter(written[i - 1])) return lower || (i + 1 < written.Length && char.IsLower(written[i + 1]));
        }
        return false;
    }

    private static bool IsWrittenAs(Place place, string written) =>
        string.Equals(place.Name, written, StringComparison.Ordinal) || place.Names.Values.Contains(written, StringComparer.Ordinal);

    private static bool HasWordBefore(string text, int start)
    {
        foreach (var c in text.AsSpan(0, start))
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    /// <summary>"Reading, England", "Split, en Croatie": an ambiguous name followed by a place that contains it.</summary>
    private static bool IsRefinedByNext(string text, List<PlaceMatch> matches, Place[] places, int m, PlaceWords words)
    {
        if (m + 1 >= matches.Count) return false;
        var gap = text.AsSpan(matches[m].End, matches[m + 1].Start - matches[m].End).Trim();
        return (gap is "," or "(" || IsCommaAndWord(gap, words.RefiningWords)) && places[m + 1].Contains(places[m]) && places[m + 1] != places[m];
    }

    /// <summary>", in", ", en": a comma, a space and one of <paramref name="refining"/>.</summary>
    private static bool IsCommaAndWord(ReadOnlySpan<char> gap, IReadOnlyList<string> refining)
    {
        if (gap.Length < 3 || gap[0] != ',' || gap[1] != ' ') return false;
        foreach (var word in refining)
            if (gap[2..].SequenceEqual(word)) return true;
        return false;
    }

    /// <summary>A capitalized word that is not a function word, a day, a month or a word for an event or an area.</summary>
    private static bool IsNameWord(string text, (int Start, int End) word, PlaceWords words) =>
        char.IsUpper(text[word.Start]) && !Is(words.FunctionWords, text, word);

    /// <summary>"NATO", "EU", "UN": an initialism before a place qualifies it ("the NATO Brussels summit").</summary>
    private static bool IsInitialism(string text, (int Start, int End) word) =>
        word.End - word.Start <= 5 && !text.AsSpan(word.Start, word.End - word.Start).ContainsAny(CharSets.AsciiLower);

    /// <summary>
    /// Which place each name means. A name shared by several places ("Washington", "Georgia", "Mexico") is the one that
    /// contains or lies in another place of the sentence ("Seattle, Washington"), else the one sharing a country with it,
    /// else one named so in the source's language ("Mexico" is the city in French), else the gazetteer's first. Written
    /// into <paramref name="places"/>, by match.
    /// </summary>
    private static void Resolve(List<PlaceMatch> matches, string language, Place[] places)
    {
        for (var m = 0; m < matches.Count; m++) places[m] = matches[m].Names[0].Place;
        // The places of the names only one place has: the same for every ambiguous name, which is never one of them.
        List<Place>? others = null;
        for (var m = 0; m < matches.Count; m++)
        {
            var names = matches[m].Names;
            if (names.Length == 1) continue;
            others ??= Unambiguous(matches, places);
            var pick = FirstNear(names, others);
            if (pick < 0) pick = FirstInCountryOf(names, others);
            // A name written in the source's language before a name every language shares (the name reports show, or "also").
            if (pick < 0) pick = FirstIn(names, language);
            if (pick < 0) pick = FirstIn(names, null);
            places[m] = names[Math.Max(pick, 0)].Place;
        }
    }

    // Loops, not LINQ and lambdas over the names: those were some 45 MB over the bench corpus.
    private static List<Place> Unambiguous(List<PlaceMatch> matches, Place[] places)
    {
        var unambiguous = new List<Place>(matches.Count);
        for (var o = 0; o < matches.Count; o++)
            if (matches[o].Names.Length == 1) unambiguous.Add(places[o]);
        return unambiguous;
    }

    /// <summary>The first name whose place contains another place of the sentence or lies in one, or -1.</summary>
    private static int FirstNear(PlaceName[] names, List<Place> others)
    {
        for (var i = 0; i < names.Length; i++)
            foreach (var o in others)
                if (o != names[i].Place && (names[i].Place.Contains(o) || o.Contains(names[i].Place))) return i;
        return -1;
    }

    /// <summary>The first name whose place shares its country with another place of the sentence, or -1.</summary>
    private static int FirstInCountryOf(PlaceName[] names, List<Place> others)
    {
        for (var i = 0; i < names.Length; i++)
            if (names[i].Place.Country is { } country)
                foreach (var o in others)
                    if (o.Country == country) return i;
        return -1;
    }

    /// <summary>The first name written in <paramref name="language"/>, or with <paramref name="language"/> null the first every language shares; -1 when none.</summary>
    private static int FirstIn(PlaceName[] names, string? language)
    {
        for (var i = 0; i < names.Length; i++)
            if (language is null ? names[i].Languages is null : names[i].Languages?.Contains(language) == true) return i;
        return -1;
    }

    private static bool Is(System.Collections.Frozen.FrozenSet<string> set, string text, (int Start, int End) word) =>
        PlaceWords.Has(set, text.AsSpan(word.Start, word.End - word.Start));

    /// <summary>The word just before <paramref name="start"/> across spaces only (a French elision stands glued: "d'Allemagne"), or null.</summary>
    private static (int Start, int End)? WordBefore(string text, int start)
    {
        var i = start;
        if (i > 0 && PlaceText.IsApostrophe(text[i - 1]))
        {
            var e = i--;
            while (i > 0 && char.IsLetter(text[i - 1])) i--;
            return i < e - 1 ? (i, e) : null;
        }
        while (i > 0 && text[i - 1] is ' ' or '\u00A0' or '\u202F') i--;
        if (i == start || i == 0 || !PlaceText.IsWordChar(text[i - 1])) return null;
        var end = i;
        while (i > 0 && (PlaceText.IsWordChar(text[i - 1]) || (text[i - 1] is '-' or '\'' or '’' or '.' && i > 1 && PlaceText.IsWordChar(text[i - 2])))) i--;
        // "l'Université": the word is "Université", its elided article another.
        var apostrophe = text.AsSpan(i, end - i).IndexOfAny('\'', '’');
        if (apostrophe > 0 && PlaceText.IsElision(text.AsSpan(i, apostrophe))) i += apostrophe + 1;
        return (i, end);
    }

    /// <summary>The word just after <paramref name="end"/> across spaces only, or null.</summary>
    private static (int Start, int End)? WordAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\u00A0' or '\u202F') i++;
        if (i == end || i >= text.Length || !PlaceText.IsWordChar(text[i])) return null;
        return (i, PlaceText.WordEnd(text, i));
    }
}
