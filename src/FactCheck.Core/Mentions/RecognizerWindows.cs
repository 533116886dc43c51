namespace FactCheck.Mentions;

/// <summary>
/// The stretches of a sentence handed to a Microsoft.Recognizers.Text model: some characters each side of a cue the own
/// rules left unexplained (a currency word, a date cue), widened to whole words, in order, merged where they meet. The
/// recognizer's cost grows with what it reads, so it reads these and never the whole sentence.
/// </summary>
internal static class RecognizerWindows
{
    /// <summary>Adds the window around <c>[start, end)</c> to <paramref name="windows"/>, merged with the last one when they meet.</summary>
    public static void Add(List<(int From, int To)> windows, string text, int start, int end, int before, int after)
    {
        // Widened to whole words, but never by more than a long word: a run of 100,000 digits before a currency word is not
        // one word for the recognizer to read, whose number regexes take time beyond proportion on such runs.
        var from = Math.Max(0, start - before);
        for (var limit = Math.Max(0, from - MaxWiden); from > limit && !char.IsWhiteSpace(text[from - 1]);) from--;
        var to = Math.Min(text.Length, end + after);
        for (var limit = Math.Min(text.Length, to + MaxWiden); to < limit && !char.IsWhiteSpace(text[to]);) to++;
        if (from > 0 && char.IsLowSurrogate(text[from])) from--;
        if (to < text.Length && char.IsLowSurrogate(text[to])) to++;
        // Windows that meet are merged, up to a length: thousands of currency words in a row make many windows, not one.
        if (windows.Count > 0 && windows[^1].To >= from && to - windows[^1].From <= MaxWindow) windows[^1] = (windows[^1].From, Math.Max(windows[^1].To, to));
        else windows.Add((windows.Count > 0 ? Math.Max(from, windows[^1].To) : from, to));
    }

    /// <summary>The most a window is widened to reach a word's edge.</summary>
    private const int MaxWiden = 40;

    /// <summary>The longest window made by merging; one cue's own window may be longer only by its widening.</summary>
    private const int MaxWindow = 600;
}
