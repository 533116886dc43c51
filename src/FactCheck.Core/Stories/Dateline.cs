using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Stories;

/// <summary>
/// The dateline that opens a wire dispatch ("BELGRADE, March 31 - ", "LAC-MEGANTIC, Quebec (AP) — ", "PARIS, 12 mars (AFP) - "):
/// it says where the dispatch was filed, not what it is about, and every dispatch filed in one city shares it.
/// </summary>
internal static partial class Dateline
{
    /// <summary>Where the text after the dateline starts in a paragraph, or 0 when the paragraph opens with none.</summary>
    public static int End(string paragraphStart)
    {
        if (!MayOpen(paragraphStart)) return 0;
        var match = Pattern().Match(paragraphStart);
        return match.Success ? match.Length : 0;
    }

    // The longest city the pattern reads before its comma, after its first capital.
    private const int LongestCity = 40;

    /// <summary>
    /// False when the pattern cannot match: it needs a capital, then one to <see cref="LongestCity"/> characters of the
    /// city's class, then a comma. The class holds no comma, so the comma can only follow the whole run of them. Most of a
    /// lead's first sentences fail there; the regex's match, asked of every source, cost more than its scan (perf: 0.1–0.3 %
    /// of a check's samples).
    /// </summary>
    private static bool MayOpen(string text)
    {
        if (text.Length == 0 || char.GetUnicodeCategory(text[0]) != UnicodeCategory.UppercaseLetter) return false;
        var i = 1;
        while (i < text.Length && i <= LongestCity && IsCityChar(text[i])) i++;
        return i > 1 && i < text.Length && text[i] == ',';
    }

    /// <summary>The pattern's <c>[\p{Lu}\p{M}.'’ -]</c>.</summary>
    private static bool IsCityChar(char c) =>
        c is '.' or '\'' or '’' or ' ' or '-' || char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // The city in capitals, then up to two comma-separated parts (a region, a date) or an agency in brackets, then a dash.
    [GeneratedRegex(@"^[\p{Lu}][\p{Lu}\p{M}.'’ -]{1,40},(?:[^,\n\-–—]{1,30},?){0,2}\s*(?:\([\p{L} ]{2,12}\))?\s*[-–—]{1,2}\s", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
