namespace FactCheck.Kinds.Attribution;

/// <summary>
/// Whether two names written in different sources are one speaker: "Stoltenberg" and "Jens Stoltenberg", "Pat Carney of
/// Canada" and "Patricia Carney", "Jefferies Group" and "Jefferies Group Inc" are, and so are an organisation and its
/// initials ("IEA" and "International Energy Agency"). A name given through another ("ABN Amro's Eddie Wong", "Trump's
/// lawyer") is not the other's: the words of an aide given to the one they work for are the misattribution to report.
/// </summary>
internal static class SpeakerNames
{
    /// <summary>Initials are two to six capitals; fewer or more are a word or a code.</summary>
    private const int ShortestInitials = 2;
    private const int LongestInitials = 6;

    public static bool Same(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.SequenceEqual(y)) return true;
        if (x.Length == 0 || y.Length == 0) return false;
        if (AreInitialsOf(a, y) || AreInitialsOf(b, x)) return true;
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        if (shorter.Length == 1) return longer.Contains(shorter[0]);
        if (longer.AsSpan().StartsWith(shorter) || shorter.All(longer.Contains)) return true; // "Malaya Chamber", "States of Malaya Chamber of Mines"
        // "Roger Federer" and "Dogged Federer", "Conservative MP Michael Mates" and "Tory MP Michael Mates": one surname is
        // taken for one person, so two people who share a surname are not told apart (no finding rather than a false one).
        return x[^1] == y[^1];
    }

    /// <summary>True when <paramref name="name"/> is written in capitals that are the initials of <paramref name="words"/> ("IEA").</summary>
    private static bool AreInitialsOf(string name, string[] words)
    {
        if (name.Length is < ShortestInitials or > LongestInitials || words.Length != name.Length || !name.All(char.IsAsciiLetterUpper)) return false;
        for (var i = 0; i < words.Length; i++)
            if (words[i][0] != char.ToLowerInvariant(name[i])) return false;
        return true;
    }

    /// <summary>The name's words, plain, without a company ending or an affiliation ("of Canada").</summary>
    private static string[] Words(string name)
    {
        var words = StatementText.Plain(name).Split([' ', '-', '.', ','], StringSplitOptions.RemoveEmptyEntries).ToList();
        var of = words.IndexOf("of");
        if (of >= 2) words.RemoveRange(of, words.Count - of);
        while (words.Count > 1 && SpeakerDirectory.Default.CompanyEndings.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        return [.. words];
    }
}
