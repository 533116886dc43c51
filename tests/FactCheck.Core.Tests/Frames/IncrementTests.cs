using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// A count of more of a thing ("deux autres expéditions", "another 300 troops", "2 nouveaux décès") adds to a count told
/// before: it is a part of a total, and is not compared with the total.
/// </summary>
public sealed class IncrementTests
{
    private static bool IsPart(string text, string figure, string language) =>
        FrameAt(text, figure, language).Scope.IsPart;

    [Theory]
    [InlineData("Deux autres expéditions ont visé le quartier.", "Deux autres expéditions", "fr")]
    [InlineData("Trois personnes supplémentaires ont été arrêtées.", "Trois personnes", "fr")]
    [InlineData("On compte 12 morts de plus depuis hier.", "12 morts", "fr")]
    [InlineData("Another 300 troops will be sent.", "300 troops", "en")]
    [InlineData("The firm will cut a further 200 jobs.", "200 jobs", "en")]
    public void A_count_of_more_is_a_part(string text, string figure, string language) =>
        Assert.True(IsPart(text, figure, language));

    [Theory]
    [InlineData("Douze expéditions ont visé le quartier.", "Douze expéditions", "fr")]
    [InlineData("The firm will cut 200 jobs.", "200 jobs", "en")]
    public void A_count_alone_is_the_whole(string text, string figure, string language) =>
        Assert.False(IsPart(text, figure, language));

    [Fact]
    public void Three_and_two_more_do_not_conflict()
    {
        var findings = Shown(("a.md", "Trois expéditions ont visé le quartier des Grésilles à Dijon.", "fr"),
            ("b.md", "À Dijon, deux autres expéditions ont visé le quartier des Grésilles.", "fr"));
        Assert.Empty(findings);
    }
}
