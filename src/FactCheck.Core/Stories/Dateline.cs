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
        var match = Pattern().Match(paragraphStart);
        return match.Success ? match.Length : 0;
    }

    // The city in capitals, then up to two comma-separated parts (a region, a date) or an agency in brackets, then a dash.
    [GeneratedRegex(@"^[\p{Lu}][\p{Lu}\p{M}.'’ -]{1,40},(?:[^,\n\-–—]{1,30},?){0,2}\s*(?:\([\p{L} ]{2,12}\))?\s*[-–—]{1,2}\s", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
