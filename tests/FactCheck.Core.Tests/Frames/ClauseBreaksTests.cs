using FactCheck.Frames;

namespace FactCheck.Core.Tests.Frames;

/// <summary>A claim's clause found from its sentence's breaks, read once, is the clause a search around the claim finds.</summary>
public sealed class ClauseBreaksTests
{
    private static readonly string[] Pieces = ["a", "bc", " ", " ", "-", " - ", " -", "- ", ";", ":", "(", ")", "[", "]", "—", "–", ",", "x y"];

    [Fact]
    public void Clauses_from_the_breaks_are_the_clauses_searched_for()
    {
        var random = new Random(5);
        var (breaks, dashes) = (new List<int>(), new List<int>());
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 20)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            SentenceReading.ReadBreaks(text, breaks, dashes);
            for (var k = 0; k < 5; k++)
            {
                var start = random.Next(0, text.Length + 1);
                var end = random.Next(start, text.Length + 1);
                Assert.True(SentenceReading.Clause(text, start, end) == SentenceReading.ClauseByBreaks(text, breaks, dashes, start, end), $"{text} [{start}, {end})");
            }
        }
    }
}
