using System.Text;

namespace FactCheck.Reporting;

/// <summary>Text that Markdown must print as it is: inside a table cell, a heading or a paragraph.</summary>
internal static class MarkdownText
{
    // Characters that can start emphasis, code, links, HTML, entities, math ($…$ on GitHub) or strike-through, and the
    // cell separator '|'. A backslash before any ASCII punctuation prints it as itself.
    private const string Special = "\\`*_[]<>|$~&";

    /// <summary><paramref name="text"/> on one line (line breaks become spaces) with every special character and control character escaped.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in TerminalText.Safe(text.ReplaceLineEndings(" ")))
        {
            if (Special.Contains(c, StringComparison.Ordinal)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
