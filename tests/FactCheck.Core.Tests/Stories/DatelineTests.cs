using System.Text.RegularExpressions;
using FactCheck.Stories;

namespace FactCheck.Core.Tests.Stories;

/// <summary>
/// A dispatch's dateline is found as its pattern finds it: the scan that answers most sentences before the regex runs
/// never turns one away that the pattern reads.
/// </summary>
public sealed class DatelineTests
{
    // The pattern of Dateline, copied: what the scan in front of it must agree with.
    private static readonly Regex Pattern = new(
        @"^[\p{Lu}][\p{Lu}\p{M}.'’ -]{1,40},(?:[^,\n\-–—]{1,30},?){0,2}\s*(?:\([\p{L} ]{2,12}\))?\s*[-–—]{1,2}\s", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("BELGRADE, March 31 - Serbia said", 21)]
    [InlineData("LAC-MEGANTIC, Quebec (AP) — The train", 28)]
    [InlineData("PARIS, 12 mars (AFP) - Le gouvernement", 23)]
    [InlineData("The company said on Monday, March 31 - that", 0)]
    [InlineData("Paris, the capital - a city", 0)]
    [InlineData("", 0)]
    public void A_dateline_ends_where_its_dash_does(string text, int end) => Assert.Equal(end, Dateline.End(text));

    [Theory]
    [InlineData(40, 47)]
    [InlineData(41, 0)]
    public void A_city_is_forty_characters_at_most_after_its_capital(int letters, int end) =>
        Assert.Equal(end, Dateline.End("A" + new string('B', letters) + ", x - y"));

    [Fact]
    public void Random_openings_end_where_the_pattern_says()
    {
        // Capitals, a mark, the city's punctuation, lower case, commas, dashes and brackets: every turn the scan takes.
        const string alphabet = "ABÉÇ\u0301.'’ -,abc 12()—–\n";
        var random = new Random(18);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var match = Pattern.Match(text);
            Assert.Equal(match.Success ? match.Length : 0, Dateline.End(text));
        }
    }
}
