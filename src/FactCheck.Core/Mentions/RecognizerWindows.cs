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
        var from = Math.Max(0, start - before);
        while (from > 0 && !char.IsWhiteSpace(text[from - 1])) from--;
        var to = Math.Min(text.Length, end + after);
        while (to < text.Length && !char.IsWhiteSpace(text[to])) to++;
        if (windows.Count > 0 && windows[^1].To >= from) windows[^1] = (windows[^1].From, Math.Max(windows[^1].To, to));
        else windows.Add((from, to));
    }
}
