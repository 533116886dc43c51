using FactCheck.Sources;

namespace FactCheck.Core.Tests.Sources;

/// <summary>
/// A source that let go of its text keeps it in UTF-8: a claim's characters, its lines and the whole text read from there
/// must be exactly those of the text, whatever characters stand before the claim (accents, the euro sign, a character
/// outside the BMP written as a surrogate pair) and however far into the text it is.
/// </summary>
public sealed class ReleasedTextTests
{
    private const string Text =
        "---\r\ndate: 2024-03-12\r\n---\r\nLe fonds de 20 Md€ a été signé à Évian 🇫🇷 le 12 mars,\r\n"
        + "selon « l’accord » des ministres.\n\nThe €25bn fund 😀 was agreed in Oslo; naïve café 100 %.\n";

    [Fact]
    public void Every_span_is_sliced_as_the_text_gives_it()
    {
        var kept = new ReleasedText(Text);

        for (var start = 0; start <= Text.Length; start++)
            for (var end = start; end <= Text.Length; end++)
                Assert.Equal(Text[start..end], kept.Slice(new SourceSpan(start, end)));
    }

    [Fact]
    public void The_whole_text_and_its_line_starts_are_kept()
    {
        var kept = new ReleasedText(Text);

        Assert.Equal(Text, kept.Decode());
        Assert.Equal([0, 5, 23, 28, 85, 119, 120, 176], kept.LineStarts);
    }
}
