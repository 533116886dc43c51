namespace FactCheck.Kinds.Quantity;

/// <summary>The words after a figure, one at a time: letters (and digits after them: "CO2"), with the hyphens and apostrophes inside a word ("home-buyers", "d'abonnés").</summary>
internal static class WordAt
{
    /// <summary>The word that starts after white space from <paramref name="at"/>, or null when something else (a digit, a mark) comes first.</summary>
    public static (int Start, int End)? Next(string text, int at)
    {
        var start = at;
        while (start < text.Length && IsSpace(text[start])) start++;
        if (start >= text.Length || !char.IsLetter(text[start])) return null;
        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] is '-' or '\'' or '’' && end + 1 < text.Length && char.IsLetter(text[end + 1])))) end++;
        return (start, end);
    }

    /// <summary>White space as news text writes it, the no-break spaces of French typography included.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u00A0' or '\u202F';
}
