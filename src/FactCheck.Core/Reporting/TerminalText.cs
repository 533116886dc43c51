using System.Buffers;
using System.Globalization;
using System.Text;

namespace FactCheck.Reporting;

/// <summary>
/// Text from a source made safe to print on a terminal or in a log: control characters (an ESC that would start a terminal
/// sequence, a carriage return that would overwrite a line, C1 controls) and the bidirectional overrides that can make a
/// line read otherwise than it is stored are written as <c>\u001B</c>-style escapes.
/// </summary>
public static class TerminalText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c != '\t').Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
         '\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']);

    /// <summary><paramref name="text"/> with every unsafe character escaped; the same string when there is none (nearly always).</summary>
    public static string Safe(string text)
    {
        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0) return text;
        var safe = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (Unsafe.Contains(c)) safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else safe.Append(c);
        }
        return safe.ToString();
    }
}
