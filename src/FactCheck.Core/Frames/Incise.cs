namespace FactCheck.Frames;

/// <summary>
/// A short phrase set off by two commas inside a verb phrase ("s'est engagé, vendredi 30 décembre, avec le club"; "was
/// moved, on Monday, to the capital"): the writer put it there to date or qualify the verb, whose words go on after it.
/// </summary>
internal static class Incise
{
    /// <summary>The most words an incise holds: a date, a place, an adverbial phrase ("selon la police"); a longer one is a clause.</summary>
    private const int Longest = 5;

    /// <summary>
    /// The first word after the incise that opens at word <paramref name="at"/> (a comma just before it, another after at most
    /// <see cref="Longest"/> words); <paramref name="at"/> itself when no incise opens there.
    /// </summary>
    public static int After(FrameWordRow words, string text, int at)
    {
        if (at == 0 || at >= words.Length || !Comma(text, words[at - 1].End, words[at].Start)) return at;
        for (var i = at + 1; i < Math.Min(words.Length, at + Longest + 1); i++)
        {
            if (Comma(text, words[i - 1].End, words[i].Start)) return i;
        }
        return at;
    }

    private static bool Comma(string text, int from, int to) => from < to && text.AsSpan(from, to - from).Contains(',');
}
