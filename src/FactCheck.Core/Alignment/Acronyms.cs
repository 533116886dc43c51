namespace FactCheck.Alignment;

/// <summary>
/// Whether a one-word folded name is the initials of another ("psg" and "paris saint germain", "sfo" and "serious fraud
/// office", "doj" and "department of justice", "fmi" and "fonds monetaire international"): news text names an organisation
/// in full once and by its initials after, and two sources often pick one form each. The initials are those of every word
/// or of every word but the short joiners ("of", "de"); an acronym of fewer than <see cref="Shortest"/> letters ("un",
/// "pm") stands for too many names to decide.
/// </summary>
internal static class Acronyms
{
    private const int Shortest = 3;

    /// <summary>The longest joiner word left out of the initials ("of", "de", "du").</summary>
    private const int Joiner = 2;

    public static bool Stands(string acronym, string name)
    {
        if (acronym.Length < Shortest || acronym.Contains(' ', StringComparison.Ordinal) || acronym.Contains('-', StringComparison.Ordinal)) return false;
        if (acronym.StartsWith("place:", StringComparison.Ordinal) || name.StartsWith("place:", StringComparison.Ordinal)) return false;
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return false;
        return Initials(words) == acronym || Initials(words.Where(w => w.Length > Joiner)) == acronym;
    }

    private static string Initials(IEnumerable<string> words) => string.Concat(words.Select(w => w[0]));
}
