using System.Text.RegularExpressions;

namespace FactCheck.Mentions;

/// <summary>White space as one plain space: how a quote, a zone or a season read from the text is shown and looked up.</summary>
internal static partial class Spaces
{
    /// <summary>
    /// <paramref name="text"/> with each run of white space as one space. Most texts already are: they are returned as they
    /// are, without a copy (a quote is asked for its words many times, by the normalizer and by every report).
    /// </summary>
    public static string Collapse(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
                return Runs().Replace(text, " ");
        return text;
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Runs();
}
