using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Kinds.Date;
using FactCheck.Languages;

namespace FactCheck.Core.Tests.Kinds.Dates;

/// <summary>
/// <see cref="MonthFirstSpan"/> reads the month-first pattern's bounds and groups as the regex's <see cref="Match"/> gives
/// them: on texts made of the month words, days, ordinals, years, modifiers and the separators and look-alikes around them.
/// </summary>
public sealed class MonthFirstSpanTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void The_groups_read_from_the_bounds_are_the_matchs(string code)
    {
        var language = LanguagePacks.BuiltIn[code]!;
        var regex = DatePatterns.Of(language).MonthFirst;
        string[] months = [.. language.Months.Keys, .. language.Months.Keys.Select(m => m.ToUpperInvariant()),
            .. language.Months.Keys.Select(m => char.ToUpperInvariant(m[0]) + m[1..]), "Sept", "sept", "Oct", "oct", "Nov", "Jan", "Mar", "Dec", "May", "mai"];
        string[] pieces = [" ", "  ", "\u00A0", "\u202F", ", ", ",", ".", "-", "3", "03", "31", "7", "45", "3rd", "21st", "1er", "2e", "3x", "3%",
            "3.5", "3,5", "3,", "2024", "1987", "20245", "2024-5", "2024a", "1899", "19", "dernier", "Dernière", "prochain", "prochaines",
            "last", "next", "year", "de", "'", "’", "s", "٠", "٣١", "20٢٤", "१९", "3٠"];
        var random = new Random(21);
        var text = new StringBuilder();
        for (var n = 0; n < 30_000; n++)
        {
            text.Clear();
            if (random.Next(3) == 0) text.Append(random.Next(2) == 0 ? "le " : "in ");
            var start = text.Length;
            text.Append(months[random.Next(months.Length)]);
            for (var k = random.Next(7); k > 0; k--) text.Append(pieces[random.Next(pieces.Length)]);
            var written = text.ToString();
            var match = regex.Match(written, start);
            var read = MonthFirstSpan.Read(regex, written, start);
            Assert.True(match.Success == read.HasValue, written);
            if (read is not { } span) continue;
            Assert.True(match.Index + match.Length == span.End, written);
            Assert.True(match.Groups["m"].Index + match.Groups["m"].Length == span.NameEnd && match.Groups["m"].Index == start, written);
            Assert.True(match.Groups["d"].Success ? (match.Groups["d"].Index, match.Groups["d"].Length) == (span.DayStart, span.DayLength) : !span.HasDay, written);
            Assert.True(match.Groups["y"].Success ? match.Groups["y"].Index == span.YearStart : !span.HasYear, written);
            Assert.True(match.Groups["mod"].Success ? match.Groups["mod"].Index == span.ModStart : !span.HasMod, written);
        }
    }
}
