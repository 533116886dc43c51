using FactCheck.Comparison;
using static FactCheck.Core.Tests.TestText;

namespace FactCheck.Core.Tests.Alignment;

/// <summary>
/// A story that names several things of one kind (two funds, two companies) compares each thing's figures with its own:
/// "the fund" is the fund its source last named, a name that holds the measure word is that thing, the subject of a verb
/// stays the subject across an apposition, and a translated name keeps its proper words. Each pair that must stay silent
/// is checked against a pair that does disagree.
/// </summary>
public sealed class NamedHolderTests
{
    private static Finding[] Counted(params (string Text, string Language)[] sources) =>
        [.. Findings([.. sources.Select((s, i) => Dated($"{(char)('a' + i)}.md", s.Text, s.Language, $"2024-03-0{1 + i}"))])
            .Where(f => f.Severity >= Severity.Warning)];

    [Fact]
    public void A_fund_named_with_its_figure_is_not_another_named_fund()
    {
        var two = Counted(("The Harbour Fund, set up by Ardenian investors in 2019, holds €3bn.", "en"), ("The Coastal Recovery Fund holds €5bn.", "en"));
        var one = Counted(("The Harbour Fund, set up by Ardenian investors in 2019, holds €3bn.", "en"), ("The Harbour Fund holds €4bn.", "en"));

        Assert.Empty(two);
        Assert.Single(one);
    }

    [Fact]
    public void The_fund_is_the_fund_its_source_named_last()
    {
        var two = Counted(("Ministers set up the Harbour Fund on Monday. The fund is worth €3bn.", "en"),
            ("The Coastal Recovery Fund was created last year. The fund is worth €5bn.", "en"));
        var one = Counted(("Ministers set up the Harbour Fund on Monday. The fund is worth €3bn.", "en"),
            ("Ministers created the Harbour Fund on Monday. The fund is worth €5bn.", "en"));

        Assert.Empty(two);
        Assert.Single(one);
    }

    [Fact]
    public void The_subject_of_a_verb_stays_the_holder_across_an_apposition()
    {
        var two = Counted(("Velora Rail, the Ardenian rail operator, reported revenue of €310m last year.", "en"),
            ("Norvik Ferries, the Baltic ferry company, reported revenue of €1.2bn last year.", "en"));
        var one = Counted(("Velora Rail, the Ardenian rail operator, reported revenue of €310m last year.", "en"),
            ("Velora Rail reported revenue of €350m last year.", "en"));

        Assert.Empty(two);
        Assert.Single(one);
    }

    [Fact]
    public void A_french_name_with_its_adjective_and_its_english_translation_are_one_holder()
    {
        var translated = Counted(
            ("Réunis à Oslo, les ministres de Norvège et de Suède ont créé le Fonds nordique de reconstruction, un fonds de 25 milliards d'euros.", "fr"),
            ("Meeting in Oslo, the ministers of Norway and Sweden set up the Nordic Recovery Fund, a €20bn fund.", "en"));
        var other = Counted(
            ("Réunis à Oslo, les ministres de Norvège et de Suède ont créé le Fonds baltique de reconstruction, un fonds de 25 milliards d'euros.", "fr"),
            ("Meeting in Oslo, the ministers of Norway and Sweden set up the Nordic Recovery Fund, a €20bn fund.", "en"));

        Assert.Equal(Severity.Error, Assert.Single(translated).Severity);
        Assert.True(other.All(f => f.Severity < Severity.Error));
    }

    [Fact]
    public void Places_of_a_list_and_places_after_by_are_not_where_the_event_happened()
    {
        var listed = Counted(("The pact was signed by Chile, Peru and Bolivia in 2019.", "en"), ("The pact was signed by Bolivia and Peru in 2019.", "en"));
        var listedFr = Counted(("Le traité a été signé par le Chili, le Pérou et la Bolivie en 2019.", "fr"), ("Le traité a été signé à Lima en 2019.", "fr"));
        var located = Counted(("Le traité a été signé à Santiago en 2019.", "fr"), ("Le traité a été signé à Lima en 2019.", "fr"));

        Assert.Empty(listed);
        Assert.Empty(listedFr);
        Assert.Single(located);
    }

    [Fact]
    public void A_forecast_next_to_the_figure_is_neither_a_side_nor_in_the_message()
    {
        var finding = Assert.Single(Counted(("The Harbour Fund holds €3bn. Officials expect the Harbour Fund to grow to €9bn by 2030.", "en"),
            ("The Harbour Fund holds €4bn.", "en")));

        Assert.DoesNotContain("€9bn", finding.Message, StringComparison.Ordinal);
        Assert.Equal(2, finding.Values.Length);
    }

    [Fact]
    public void A_lone_surname_is_the_full_name_its_own_sentence_gives_wherever_it_stands()
    {
        const string bakery = "The first Hartley's bakery was opened in 1952 by Tom Hartley in Leeds.";
        var two = Counted((bakery, "en"), ("In 1948, Anna Hartley opened a tea room in York.", "en"));
        var one = Counted((bakery, "en"), ("In 1948, Tom Hartley opened his first bakery.", "en"));

        Assert.Empty(two);
        Assert.Single(one);
    }
}
