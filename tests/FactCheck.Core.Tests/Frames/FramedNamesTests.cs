using FactCheck.Analysis;
using FactCheck.Frames;
using FactCheck.Languages;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// A framed sentence's names are read from the words the frames' reader split it into (<see cref="EntityReader.ReadParts{TParts}"/>):
/// they must be the names the analyzer reads from the sentence's text, each with the same place, key, words and doubt. The
/// modifier letter apostrophe (ʼ) is left out: a sentence that holds one is split again, as the text's reader splits it.
/// </summary>
public sealed class FramedNamesTests
{
    private static readonly string[] Pieces =
    [
        "Jean", "Karl", "Lagerfeld", "d'", "l'", "L'", "d’", "qu'", "Ivoire", "Côte", "OTAN", "Union", "européenne", "'s", "’s", "O'Brien",
        "Bank", "of", "England", "the", "The", "de", "du", "Québec", "Lac", "Mégantic", "Saint", "sur", "Richelieu", "Mr", "M.", "Dr",
        "COVID", "19", "2016", "Monday", "lundi", "aujourd'hui", "WhatsApp", "Pre", "tax", "rock", "ΕΛΛΑΚΤΩΡ", "Group", "said", "a",
        "-", "'", "’", "‑", " ", " ", " ", ", ", ": ", "« ", " »", "\"", "(", ")", " -- ", ".", "  ",
    ];

    [Theory]
    [InlineData("en", 7)]
    [InlineData("fr", 11)]
    public void Names_read_from_the_frame_words_are_the_names_of_the_text(string language, int seed)
    {
        var analyzer = TextAnalyzer.For(LanguagePacks.BuiltIn[language]!);
        var reader = new EntityReader(analyzer);
        var random = new Random(seed);
        var buffer = Array.Empty<FrameWord>();
        var read = new NamesRead();
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var expected = analyzer.Entities(text);
            read.Clear();
            reader.ReadParts(text, read, FrameWords.Of(text, analyzer, ref buffer));
            Assert.True(expected.Length == read.Names.Count, text);
            for (var i = 0; i < expected.Length; i++)
            {
                var (name, span) = (expected[i], read.Names[i]);
                Assert.True((name.Start, name.End, name.AtSentenceStart) == (span.Start, span.End, span.AtSentenceStart), text);
                Assert.True(name.Key == read.KeyOf(span).ToString(), text);
                Assert.Equal(name.Words.ToArray(), read.WordsOf(span).ToArray().Select(w => text[w.Start..w.End]).ToArray());
            }
        }
    }
}
