using FactCheck.Comparison;
using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Alignment;

/// <summary>
/// The adjective next to an event's noun says which occurrence of the event a date is of: "les élections européennes" and
/// "les élections municipales" are two elections, whatever word binds their dates; the same adjective on both sides keeps
/// them one event.
/// </summary>
public sealed class EventOccurrenceTests
{
    private static Finding[] Counted(string first, string second) =>
        [.. Findings(Dated("a.md", first, "fr", "2024-03-01"), Dated("b.md", second, "fr", "2024-03-02")).Where(f => f.Severity >= Severity.Warning)];

    [Fact]
    public void Two_elections_told_apart_by_their_adjective_are_two_events()
    {
        const string european = "Le maire de Lorient annonce qu'il quittera son poste après les élections européennes de juin 2024.";

        var two = Counted(european, "Le maire de Lorient sera candidat aux élections municipales de Lorient en 2026.");
        var one = Counted(european, "Le maire de Lorient sera candidat aux élections européennes de Lorient en 2026.");

        Assert.Empty(two);
        Assert.Single(one);
    }
}
