using FactCheck.Inputs;

namespace FactCheck.Kinds.Place;

/// <summary>
/// A place named, then described by an apposition with a noun for a place: "Bondy, la ville où il a vu le jour", "Arcadia,
/// a town where they opened", "Holmby Hills, the neighborhood where he lived". The noun says the name is a place (an
/// ambiguous name needs no other cue), and a locative predicate at the head of the relative clause that follows ("où il
/// est né", "where she died") locates the place, as "born in X" does when the predicate comes first.
/// </summary>
internal static class PlaceApposition
{
    private const int MaxWordsBeforePredicate = 3;
    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(",;:()[]«»\"“”—–.!?");

    /// <summary>Whether ", [article] noun" follows the name ending at <paramref name="end"/>: the end of the noun, or -1.</summary>
    public static int NounAfter(string text, int end, PlaceWords words)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\u00A0') i++;
        if (i >= text.Length || text[i] != ',') return -1;
        var word = NextWord(text, i + 1);
        if (word is { } article && (Is(words.Articles, text, article) || Is(words.Determiners, text, article) || Is(words.Indefinite, text, article)))
            word = NextWord(text, article.End);
        return word is { } noun && Is(words.AppositionNouns, text, noun) ? noun.End : -1;
    }

    /// <summary>Whether the name ending at <paramref name="end"/> is followed by ", la ville où" / ", the town where".</summary>
    public static bool OpensRelative(string text, int end, PlaceWords words) =>
        NounAfter(text, end, words) is var nounEnd and >= 0 && NextWord(text, nounEnd) is { } relative && Is(words.RelativeWords, text, relative);

    /// <summary>
    /// The start of a predicate among <paramref name="starts"/> that heads the relative clause of the apposition after the
    /// name ending at <paramref name="end"/> ("…, la ville où il est né": the offset of "né"), or -1.
    /// </summary>
    public static int PredicateOf(string text, int end, PlaceWords words, IEnumerable<int> starts)
    {
        if (!OpensRelative(text, end, words)) return -1;
        var from = NextWord(text, NounAfter(text, end, words))!.Value.End;
        foreach (var start in starts.Where(s => s >= from).Order())
        {
            var gap = text.AsSpan(from, start - from);
            if (gap.IndexOfAny(Breaks) >= 0) return -1;
            var count = 0;
            for (var w = NextWord(text, from); w is { } x && x.Start < start; w = NextWord(text, x.End)) count++;
            return count <= MaxWordsBeforePredicate ? start : -1;
        }
        return -1;
    }

    private static (int Start, int End)? NextWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] is ' ' or '\u00A0' or '\u202F' or '\n') i++;
        return i < text.Length && PlaceText.IsWordChar(text[i]) ? (i, PlaceText.WordEnd(text, i)) : null;
    }

    private static string Lower(string text, (int Start, int End) word) =>
        Casing.ToLower(text[word.Start..word.End].Replace('’', '\''));

    /// <summary>
    /// True when <paramref name="set"/> holds the <see cref="Lower"/> of <paramref name="word"/>, lowered on the stack: a
    /// name before a comma had its next words made into strings, some of every place mention read.
    /// </summary>
    private static bool Is(System.Collections.Frozen.FrozenSet<string> set, string text, (int Start, int End) word)
    {
        const int Longest = 32;
        var length = word.End - word.Start;
        if (length > Longest) return set.Contains(Lower(text, word));
        Span<char> straight = stackalloc char[Longest];
        Span<char> lower = stackalloc char[Longest];
        text.AsSpan(word.Start, length).Replace(straight, '’', '\'');
        Casing.ToLower(straight[..length], lower);
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..length]);
    }
}
