using FactCheck.Sentences;

namespace FactCheck.Mentions;

/// <summary>
/// The runs of letters of the sentence a thread reads (<see cref="LetterRuns.In"/>'s), found once for the kinds that all
/// look its words up (money's number words, quantities' spelled starters, place sites' key words): each scan of the
/// characters cost as much as its look-ups. The runs are those of the last text asked for on the thread, in one array
/// written again for the next text: read them before asking for another text's.
/// </summary>
internal static class SentenceRuns
{
    [ThreadStatic]
    private static string? text;

    [ThreadStatic]
    private static (int Start, int End)[]? runs;

    [ThreadStatic]
    private static int count;

    /// <summary>The runs of letters of <paramref name="of"/>, in order.</summary>
    public static ReadOnlySpan<(int Start, int End)> Of(string of)
    {
        if (ReferenceEquals(of, text)) return runs.AsSpan(0, count);
        var found = runs ??= new (int, int)[64];
        var n = LetterRuns.Fill(of, ref found);
        // A table row of thousands of words is not kept: the next sentence would hold on to its array.
        (text, runs, count) = found.Length > 4096 ? (null, null, 0) : (of, found, n);
        return found.AsSpan(0, n);
    }
}
