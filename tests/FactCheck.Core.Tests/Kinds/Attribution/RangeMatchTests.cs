using System.Text.RegularExpressions;

namespace FactCheck.Core.Tests.Kinds.Attribution;

/// <summary>
/// <c>SourceNames.NamesAnotherBetween</c> searches a range of the source's text in place, as it searched the substring: a
/// regex given a range reads nothing before it (the look-behind of its person-name pattern sees the range's start as the
/// text's), and its matches, found one after the other, are the substring's at the same places.
/// </summary>
public sealed class RangeMatchTests
{
    [Fact]
    public void A_range_is_matched_as_its_substring()
    {
        // The pattern of SourceNames.PersonName.
        var names = new Regex(@"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \u00A0]+\p{Lu}[\p{L}\p{M}'’\-]+){1,3}", RegexOptions.CultureInvariant);
        const string text = "xJens Stoltenberg met Ingrid Dahl.ÉMILE Zola and Jean-Luc O’Neil Smith Jones Brown said, aMohammed Moussaoui wrote";
        for (var from = 0; from < text.Length; from++)
            for (var to = from + 1; to <= text.Length; to++)
            {
                var inPlace = new List<(int, string)>();
                for (var m = names.Match(text, from, to - from); m.Success; m = m.NextMatch()) inPlace.Add((m.Index - from, m.Value));
                var cut = names.Matches(text[from..to]).Select(m => (m.Index, m.Value)).ToList();
                Assert.Equal(cut, inPlace);
            }
    }
}
