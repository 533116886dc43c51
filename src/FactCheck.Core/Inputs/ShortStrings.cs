namespace FactCheck.Inputs;

/// <summary>
/// Short strings that a corpus repeats, one copy per thread: what frames cut out of sentences that the analyzer does not keep
/// (numbers, elisions: "2014", "d'", "'s"; a new string for each was a fifth of what the frames stage allocated), the measure
/// keys frames make ("en:share"), and the outlets of front matter ("Reuters" in 18,785 files of the bench corpus). Those kept
/// to the report were 2.5 MB of copies there. Bounded and per thread, not a global table: a language server checks for hours.
/// </summary>
internal sealed class ShortStrings
{
    /// <summary>Past this many strings a thread's pool starts again, so that a long source's numbers do not pile up.</summary>
    private const int Limit = 8192;

    [ThreadStatic]
    private static ShortStrings? current;

    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    private ShortStrings() => bySpan = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A string equal to <paramref name="text"/>, the same one each time on this thread.</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        var pool = current ??= new ShortStrings();
        if (pool.bySpan.TryGetValue(text, out var known)) return known;
        if (pool.strings.Count >= Limit) pool.strings.Clear();
        var made = text.ToString();
        pool.strings[made] = made;
        return made;
    }
}
