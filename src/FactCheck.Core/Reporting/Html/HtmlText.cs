using System.Globalization;
using System.Text;

namespace FactCheck.Reporting;

/// <summary>
/// Text from a source made safe to put in an HTML page: the five characters HTML gives a meaning (<c>&amp; &lt; &gt; " '</c>)
/// as entities, and every character a reader could not see or that could reorder a line (C0 and C1 controls but tab and
/// line feed, DEL, the bidirectional overrides, lone surrogates, the noncharacters U+FFFE and U+FFFF) as one visible
/// character in its place: a control picture (␛ for ESC) or U+FFFD. One UTF-16 unit stays one, so the columns of a line
/// on the page are the columns the report gives.
/// </summary>
internal static class HtmlText
{
    /// <summary>Shown for an unsafe character that has no control picture.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary><paramref name="text"/> escaped for an element's text or a double-quoted attribute.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text, 0, text.Length, titled: false);
        return builder.ToString();
    }

    /// <summary>
    /// Appends <c>text[start..end)</c> escaped. <paramref name="titled"/>: an unsafe character is wrapped in
    /// <c>&lt;span class="ctl" title="U+001B"&gt;</c> so that a reader can tell what stood there (the source panes).
    /// A surrogate counts as paired only with its partner inside the range, since markup may follow the range.
    /// </summary>
    public static void Append(StringBuilder output, string text, int start, int end, bool titled)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                output.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '"': output.Append("&quot;"); break;
                case '\'': output.Append("&#39;"); break;
                default:
                    if (Visible(c) is not { } shown) output.Append(c);
                    else if (titled) output.Append(CultureInfo.InvariantCulture, $"<span class=\"ctl\" title=\"U+{(int)c:X4}\">{shown}</span>");
                    else output.Append(shown);
                    break;
            }
        }
    }

    /// <summary>The character shown in place of <paramref name="c"/>, or null when <paramref name="c"/> is shown as it is.</summary>
    private static char? Visible(char c) => c switch
    {
        '\t' or '\n' => null,
        < '\u0020' => (char)('\u2400' + c), // ␀…␟, the control pictures
        '\u007F' => '\u2421',               // ␡
        >= '\u0080' and <= '\u009F' => Replacement,
        '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => Replacement,
        '\uFFFE' or '\uFFFF' => Replacement,
        _ when char.IsSurrogate(c) => Replacement, // paired surrogates were written above: this one is alone
        _ => null,
    };
}
