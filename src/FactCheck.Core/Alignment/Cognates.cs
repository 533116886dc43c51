namespace FactCheck.Alignment;

/// <summary>
/// Whether two folded names in two languages are one name translated: at least half the long words of the shorter one
/// open like a word of the other ("fonds nordique" and "nordic grid resilience fund": nordique and nordic; "baltic cable
/// fund" and "fonds baltique pour les cables"). Proper words keep their root across English and French; the common nouns
/// of a name ("fund", "fonds") often do not, and never decide alone.
/// </summary>
internal static class Cognates
{
    /// <summary>How many letters two words must open with to be one root ("nord", "balt", "resi").</summary>
    private const int Root = 4;

    public static bool Share(string a, string b)
    {
        if (a.StartsWith("place:", StringComparison.Ordinal) || b.StartsWith("place:", StringComparison.Ordinal)) return false;
        var (x, y) = (Long(a), Long(b));
        if (x.Length == 0 || y.Length == 0) return false;
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        var shared = shorter.Count(w => longer.Any(o => string.CompareOrdinal(w, 0, o, 0, Root) == 0));
        return shared > 0 && shared * 2 >= shorter.Length && (shared > 1 || shorter.Length <= 2);
    }

    private static string[] Long(string key) => [.. key.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= Root + 1)];
}
