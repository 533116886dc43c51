using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Core.Tests.Mentions;

/// <summary><see cref="SentenceRuns"/> hands the kinds the runs <see cref="LetterRuns"/> finds, for whichever text was asked last.</summary>
public sealed class SentenceRunsTests
{
    [Fact]
    public void The_runs_are_those_of_the_text_asked_for_even_when_texts_alternate()
    {
        var first = "L’inflation a atteint 5,2 % en mai, a dit peut-être Mme Dahl.";
        var second = string.Concat(Enumerable.Repeat("word ", 200)); // more runs than the first array holds
        foreach (var text in new[] { first, second, first, "", "12 345", second })
            Assert.Equal(Runs(text), SentenceRuns.Of(text).ToArray());
    }

    private static List<(int Start, int End)> Runs(string text)
    {
        var list = new List<(int, int)>();
        foreach (var run in LetterRuns.In(text)) list.Add(run);
        return list;
    }
}
