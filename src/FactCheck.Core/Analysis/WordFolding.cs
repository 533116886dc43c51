using System.Globalization;
using System.Text;
using FactCheck.Inputs;

namespace FactCheck.Analysis;

/// <summary>
/// Lower case without accents ("Mégantic" → "megantic", "Œuvre" → "oeuvre"): the form words and names are matched in, so
/// that a name written with or without its accents, or in capitals, is one name.
/// </summary>
internal static class WordFolding
{
    /// <summary>The folded form of <paramref name="text"/>.</summary>
    public static string Fold(ReadOnlySpan<char> text) => Fold(text.ToString());

    /// <summary>The folded form of <paramref name="text"/>; the text itself when it is already folded.</summary>
    public static string Fold(string text)
    {
        var lower = Casing.ToLower(text);
        if (Ascii.IsValid(lower)) return lower;

        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'œ': plain.Append("oe"); break;
                case 'æ': plain.Append("ae"); break;
                case 'ß': plain.Append("ss"); break;
                case '’' or 'ʼ': plain.Append('\''); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)) plain.Append(c);
                    break;
            }
        }
        return plain.ToString().Normalize(NormalizationForm.FormC);
    }
}
