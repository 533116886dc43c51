namespace FactCheck.Kinds.Attribution;

/// <summary>
/// Whether two names written in different sources are one speaker: "Stoltenberg" and "Jens Stoltenberg", "Pat Carney of
/// Canada" and "Patricia Carney", "Jefferies Group" and "Jefferies Group Inc" are.
/// </summary>
internal static class SpeakerNames
{
    public static bool Same(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.SequenceEqual(y)) return true;
        if (x.Length == 0 || y.Length == 0) return false;
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        if (shorter.Length == 1) return longer.Contains(shorter[0]);
        if (longer.AsSpan().StartsWith(shorter) || shorter.All(longer.Contains)) return true; // "Malaya Chamber", "States of Malaya Chamber of Mines"
        // "Roger Federer" and "Dogged Federer", "Conservative MP Michael Mates" and "Tory MP Michael Mates": one surname is
        // taken for one person, so two people who share a surname are not told apart (no finding rather than a false one).
        return x[^1] == y[^1];
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
