namespace FactCheck.Sentences;

/// <summary>
/// Rows of a list or a table that a paragraph holds ("Eligible voters: 3,367,556", then "Valid votes: 2,153,613" on the next
/// line; the prose joins them with a space): a figure that ends a short line ends its row, and the words of the next line
/// are another row's, never what the figure counts. Prose wrapped by hand runs to longer lines, and its figure may count a
/// noun on the next one.
/// </summary>
public static class TableRow
{
    /// <summary>The longest line, in characters, that is still read as a row.</summary>
    private const int MostRowChars = 40;

    /// <summary>True when the original file breaks the line between the sentence's offsets <paramref name="at"/> and <paramref name="next"/>, after a short line.</summary>
    public static bool EndsBetween(Sentence sentence, int at, int next)
    {
        if (next <= at) return false;
        var span = sentence.SpanOf(at, next);
        var text = sentence.Source.Text;
        if (span.End > text.Length || text.AsSpan(span.Start, span.Length).IndexOf('\n') < 0) return false;
        var lineStart = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        return span.Start - lineStart <= MostRowChars;
    }
}
