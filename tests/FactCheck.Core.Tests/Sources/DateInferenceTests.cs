using FactCheck.Inputs;

namespace FactCheck.Core.Tests.Sources;

/// <summary>A source without a declared date is dated by the newest full date written in its prose; a declared date wins.</summary>
public sealed class DateInferenceTests
{
    [Theory]
    [InlineData("Publié le 2 avril 2024. Le fonds est prêt.", "2024-04-02")]
    [InlineData("Le 1er mars 2024, le fonds a été créé.", "2024-03-01")]
    [InlineData("Le 15 décembre 2023, le fonds a été créé.", "2023-12-15")]
    [InlineData("Published April 2, 2024. The fund is ready.", "2024-04-02")]
    [InlineData("Published April 2 2024. The fund is ready.", "2024-04-02")]
    [InlineData("Published 2 April 2024. The fund is ready.", "2024-04-02")]
    [InlineData("Updated 2024-04-02. The fund is ready.", "2024-04-02")]
    public void A_full_date_in_the_text_dates_the_source(string text, string iso)
    {
        var document = Loaded.Document("news.md", text);

        Assert.Equal(iso, document.Date?.Iso);
        Assert.Equal(DateOrigin.InferredFromText, document.Date?.Origin);
    }

    [Theory]
    [InlineData("news.md")]
    [InlineData("news.txt")]
    public void The_newest_of_several_dates_wins(string id)
    {
        var text = "On 3 March 2024 the fund grew.\n\nOn 12 January 2024 it was proposed, after talks on April 2, 2023 and le 2 avril 2023.\n";

        var document = Loaded.Document(id, text);

        Assert.Equal("2024-03-03", document.Date?.Iso);
        Assert.Equal(DateOrigin.InferredFromText, document.Date?.Origin);
    }

    [Fact]
    public void A_declared_date_wins_over_the_dates_in_the_text()
    {
        var document = Loaded.Document("news.md", "---\ndate: 2024-05\n---\nPublished April 2, 2024.\n");

        Assert.Equal(new SourceDate(2024, 5, null, DateOrigin.Declared), document.Date);
    }

    [Theory]
    [InlineData("In April 2024 the fund grew.")]
    [InlineData("The fund grew in 2024.")]
    [InlineData("The fund grew on 31 February 2024.")]
    [InlineData("The fund grew.\n\n```\nPublished April 2, 2024.\n```\n")]
    [InlineData("See [the report](https://example.com/2024-04-02) now.")]
    public void Without_a_full_valid_date_in_the_prose_the_source_is_undated(string text)
    {
        var document = Loaded.Document("news.md", text);

        Assert.Null(document.Date);
    }
}
