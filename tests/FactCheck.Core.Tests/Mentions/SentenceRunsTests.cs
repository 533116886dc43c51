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

    [Fact]
    public void The_runs_found_64_characters_at_a_time_are_those_found_one_character_at_a_time()
    {
        // Letters and not, ASCII and past it (accents, a no-break space, a letter of another script, a surrogate pair), at
        // every length around the vectors' and the chunks' edges.
        string[] pieces = ["a", "Z", "é", "É", " ", "\u00A0", ",", "'", "’", "-", "1", "ж", "中", "😀", "@", "[", "`", "{", "\n"];
        var random = new Random(16);
        for (var length = 0; length < 300; length++)
        {
            for (var round = 0; round < 8; round++)
            {
                var text = new System.Text.StringBuilder();
                var fewPieces = round % 2 == 0;
                while (text.Length < length)
                    text.Append(fewPieces && round % 4 == 0 ? (random.Next(3) == 0 ? " " : "ab") : pieces[random.Next(fewPieces ? 5 : pieces.Length)]);
                var written = text.ToString();
                var runs = new (int Start, int End)[1];
                var count = LetterRuns.Fill(written, ref runs);
                Assert.Equal(Runs(written), runs[..count]);
            }
        }
    }

    private static List<(int Start, int End)> Runs(string text)
    {
        var list = new List<(int, int)>();
        foreach (var run in LetterRuns.In(text)) list.Add(run);
        return list;
    }
}
