using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Frames;

/// <summary>
/// "Three days into the flood, officials reported 80 deaths": a sentence placed at a moment of an event still going on
/// gives that moment's counts, which later counts do not contradict.
/// </summary>
public sealed class MomentOpeningTests
{
    private const string Final = "The Varna river flood killed 132 people and injured 900.";

    [Theory]
    [InlineData("Three days into the Varna river flood, officials reported 80 deaths and 400 injured.", "en")]
    [InlineData("Trois jours après le début de la crue de la Varna, les autorités comptaient 80 morts et 400 blessés.", "fr")]
    public void Counts_at_a_moment_of_an_ongoing_event_are_that_moments(string text, string language)
    {
        Assert.Empty(Shown(("a.md", text, language), ("b.md", Final, "en")));
    }

    [Fact]
    public void The_same_counts_without_the_moment_conflict()
    {
        Assert.NotEmpty(Shown(("a.md", "Officials said the Varna river flood killed 80 people and injured 400.", "en"), ("b.md", Final, "en")));
    }
}
