using FactCheck.Frames;

namespace FactCheck.Alignment;

/// <summary>
/// Whether two claims' holders are one: the same name ("Lagerfeld" is "Karl Lagerfeld": one name's words are all in the
/// other's), the same gazetteer place, or a name of one that the other's sentence also names. Two sources in one language
/// whose sentences tie different names to the measure (<see cref="FrameHolder.Sure"/>) speak of different things; a name
/// that merely stands near a figure says nothing when it differs, and across languages names are often translated
/// ("Fonds nordique", "Nordic fund"), so different names there say nothing either.
/// </summary>
internal static class HolderMatch
{
    public const double Same = 3;
    public const double Shared = 1.5;

    /// <summary>
    /// The score of the pair: <see cref="Same"/>, <see cref="Shared"/>, 0 when it says nothing (<paramref name="named"/> is
    /// then true when both sentences tie a different name to the measure, in two languages), null when the holders differ.
    /// </summary>
    public static double? Score(FrameHolder? a, FrameHolder? b, bool sameLanguage, out bool named)
    {
        named = false;
        if (a is null || b is null) return 0;
        if (NamesMatch(a.Key, b.Key)) return Same;
        // "United's £89m deal for Pogba" and "Pogba joined United for £89m": a deal is also the holder of what it is for,
        // but two deals of different holders for one thing are two bids.
        if ((a.Target is { } x && b.Target is null && NamesMatch(x, b.Key)) || (b.Target is { } y && a.Target is null && NamesMatch(y, a.Key))) return Same;
        // "le Royaume-Uni avec 39 904 morts, le Brésil avec 34 021": a sentence that ties its figure to one name does not give
        // it to the other names it lists.
        if ((!b.Sure && b.Others.Any(k => NamesMatch(a.Key, k))) || (!a.Sure && a.Others.Any(k => NamesMatch(b.Key, k)))) return Shared;
        named = a.Sure && b.Sure;
        // "Fonds nordique" and "Nordic Grid Resilience Fund": a translated name keeps its proper words' roots.
        if (!sameLanguage && Cognates.Share(a.Key, b.Key)) return Same;
        return sameLanguage && named ? null : 0;
    }

    /// <summary>
    /// True for one name written in full and in part ("karl lagerfeld", "lagerfeld") or by its initials ("psg", "paris saint
    /// germain"), never for two places.
    /// </summary>
    public static bool NamesMatch(string a, string b)
    {
        if (a == b || Acronyms.Stands(a, b) || Acronyms.Stands(b, a)) return true;
        if (a.StartsWith("place:", StringComparison.Ordinal) || b.StartsWith("place:", StringComparison.Ordinal)) return false;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var words = longer.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return shorter.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).All(w => w.Length > 2 && words.Contains(w, StringComparer.Ordinal));
    }
}
