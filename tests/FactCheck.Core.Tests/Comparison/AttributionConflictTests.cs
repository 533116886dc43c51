using FactCheck.Comparison;

namespace FactCheck.Core.Tests.Comparison;

public sealed class AttributionConflictTests
{
    private const string Quote = "“A blackout in one country quickly becomes a blackout for every neighbour on the shared grid,”";

    [Theory]
    [InlineData("the Nordic Grid Agency", "NGA", true)]
    [InlineData("Nordic Grid Agency", "the NGA", true)]
    [InlineData("the Nordic Grid Agency", "NGO", false)]
    [InlineData("the Nordic Grid Agency", "Nga", false)]
    public void An_organisation_and_its_initials_are_one_speaker(string name, string other, bool same)
    {
        var found = Attributions(
            TestText.Dated("a.md", $"{Quote} said {name}.", "en", "2024-03-12"),
            TestText.Dated("b.md", $"{Quote} said {other}.", "en", "2024-03-13"));

        Assert.Equal(same, found.Count == 0);
    }

    [Fact]
    public void One_quotation_given_to_two_people_in_two_sources_is_an_error()
    {
        var finding = Assert.Single(Attributions(
            TestText.Dated("a.md", $"{Quote} said Lars Berg, Sweden's energy minister.", "en", "2024-03-12"),
            TestText.Dated("b.md", $"{Quote} said Ingrid Dahl.", "en", "2024-03-13")));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("speaker", finding.Attribute);
        Assert.Equal(["Lars Berg", "Ingrid Dahl"], finding.Values.Select(v => v.Display));
    }

    [Theory]
    [InlineData("“A calm sea never made a skilled sailor of anyone at all.” — Peter Grant, novelist", "Peter Grant never said “a calm sea never made a skilled sailor of anyone at all”.")]
    [InlineData("As Peter Grant once said, “a calm sea never made a skilled sailor of anyone at all”.", "People share “a calm sea never made a skilled sailor of anyone at all”. Peter Grant never actually said it.")]
    [InlineData("The line “a calm sea never made a skilled sailor of anyone at all” is often attributed to Peter Grant.", "“A calm sea never made a skilled sailor of anyone at all” is wrongly attributed to Peter Grant.")]
    public void Words_given_to_a_person_in_one_source_and_denied_for_that_person_in_another_conflict(string given, string denied)
    {
        var finding = Assert.Single(Attributions(TestText.Dated("a.md", given, "en", "2024-03-12"), TestText.Dated("b.md", denied, "en", "2024-03-13")));

        Assert.Equal(["Peter Grant", "not Peter Grant"], finding.Values.Select(v => v.Display));
        Assert.Contains("denied for Peter Grant (1 source)", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("«Une mer calme n'a jamais fait un bon marin de personne», Pierre Garnier.", "fr", "«Une mer calme n'a jamais fait un bon marin de personne», Marie Holloway. Une autre citation suit.", "fr")]
    [InlineData("“A calm sea never made a skilled sailor of anyone at all”, Peter Grant.", "en", "“A calm sea never made a skilled sailor of anyone at all,” said Mary Holloway.", "en")]
    public void A_name_alone_after_a_quotation_and_a_comma_is_its_author(string first, string firstLanguage, string second, string secondLanguage)
    {
        var finding = Assert.Single(Attributions(TestText.Dated("a.md", first, firstLanguage, "2024-03-12"), TestText.Dated("b.md", second, secondLanguage, "2024-03-13")));

        Assert.Equal(2, finding.Values.Length);
        Assert.DoesNotContain(finding.Values, v => v.Display.Contains('.', StringComparison.Ordinal) || v.Display.Contains("Une", StringComparison.Ordinal));
    }

    [Fact]
    public void A_denial_after_the_quotation_it_speaks_of_in_the_same_paragraph_conflicts_with_a_source_giving_it()
    {
        var finding = Assert.Single(Attributions(
            TestText.Dated("a.md", "“A calm sea never made a skilled sailor of anyone at all.” ~Peter Grant", "en", "2024-03-12"),
            TestText.Dated("b.md", "Everyone shares “a calm sea never made a skilled sailor of anyone at all”. What a line. It is so good that it seems petty to point out that Peter Grant never actually said it.", "en", "2024-03-13")));

        Assert.Equal(["Peter Grant", "not Peter Grant"], finding.Values.Select(v => v.Display));
    }

    [Theory]
    [InlineData("de nombreuses formes comme", 1)]
    [InlineData("de nombreuses variantes apocryphes comme", 0)]
    public void Quotations_a_source_lists_as_apocryphal_variants_are_not_given_to_the_author_of_the_original(string listedAs, int findings)
    {
        var found = Attributions(
            TestText.Dated("a.md", "« La tempête seule forge le vrai marin au fil des années », a dit Pierre Garnier.", "fr", "2024-03-12"),
            TestText.Dated("b.md", $"La phrase « Une mer calme ne fait pas le marin » est bien une citation de Jules Ferrand - On trouve {listedAs}\n« Un marin se forge dans la tempête. »\n« La tempête seule forge le vrai marin au fil des années. »", "fr", "2024-03-13"));

        Assert.Equal(findings, found.Count);
    }

    private const string Saying = "Not every road that can be mapped matters, and not every road that matters can be mapped.";

    [Theory]
    [InlineData($"“{Saying}”\n\n— Peter Grant, explorer (1901-1970)")]
    [InlineData($"{Saying}\n\nPeter Grant")]
    [InlineData($"{Saying} - Peter Grant")]
    public void A_quote_site_byline_gives_the_saying_above_it_to_its_author(string layout)
    {
        var finding = Assert.Single(Attributions(
            TestText.Dated("a.md", layout, "en", "2024-03-12"),
            TestText.Dated("b.md", $"A reader asks about a saying.\n\n“{Saying}”\n\n— Mary Holloway", "en", "2024-03-13")));

        Assert.Equal(["Peter Grant", "Mary Holloway"], finding.Values.Select(v => v.Display));
    }

    [Theory]
    [InlineData($"Roads\n\nPeter Grant")]
    [InlineData($"{Saying} The explorer wrote this in a letter to his sister, who kept it for forty years in a drawer of the family house before she gave it to the county museum, where it can still be read today by anyone who asks the keeper of the archive, as many visitors have done since the museum opened in the spring of 1972.\n\nPeter Grant")]
    [InlineData($"{Saying}\n\nPeter Grant? Mary Holloway?")]
    [InlineData($"{Saying} - Reuters")]
    [InlineData($"{Saying}\n\nPeter Grant, the explorer, wrote it in a letter to his sister.")]
    [InlineData($"{Saying}\n\nIn Lusaka, business went on as usual.")]
    public void A_name_under_a_heading_a_long_paragraph_or_a_list_of_names_is_no_byline(string layout)
    {
        Assert.Empty(Attributions(
            TestText.Dated("a.md", layout, "en", "2024-03-12"),
            TestText.Dated("b.md", $"“{Saying}”\n\n— Mary Holloway", "en", "2024-03-13")));
    }

    [Fact]
    public void Short_sayings_with_the_same_content_words_but_other_wording_are_two_sayings()
    {
        Assert.Empty(Attributions(
            TestText.Dated("a.md", $"“{Saying}”\n\n— Peter Grant", "en", "2024-03-12"),
            TestText.Dated("b.md", "“Matters of the road: what is mapped is a road that matters to no one we know.”\n\n— Mary Holloway", "en", "2024-03-13")));
    }

    [Fact]
    public void A_denial_and_another_speaker_agree()
    {
        Assert.Empty(Attributions(
            TestText.Dated("a.md", "“A calm sea never made a skilled sailor of anyone at all,” said Mary Holloway.", "en", "2024-03-12"),
            TestText.Dated("b.md", "Peter Grant never said “a calm sea never made a skilled sailor of anyone at all”.", "en", "2024-03-13")));
    }

    [Fact]
    public void The_words_a_paper_quotes_someone_as_saying_are_that_persons()
    {
        var finding = Assert.Single(Attributions(
            TestText.Dated("a.md", "The Daily Courier quoted Lars Berg as saying “the new grid will be ready long before the first winter storms reach the northern valleys”.", "en", "2024-03-12"),
            TestText.Dated("b.md", "“The new grid will be ready long before the first winter storms reach the northern valleys,” said Ingrid Dahl.", "en", "2024-03-13")));

        Assert.Equal(["Lars Berg", "Ingrid Dahl"], finding.Values.Select(v => v.Display));
    }

    [Fact]
    public void A_close_paraphrase_given_to_a_named_person_and_an_anonymous_source_conflicts()
    {
        var finding = Assert.Single(Attributions(
            TestText.Dated("a.md", "Dahl said a blackout in one country quickly becomes a blackout for every neighbour on the grid.", "en", "2024-03-12"),
            TestText.Dated("b.md", "A blackout in one country quickly becomes a blackout for every neighbour on the shared grid, an official said.", "en", "2024-03-13")));

        Assert.Equal(["Dahl", "an official (anonymous)"], finding.Values.Select(v => v.Display));
    }

    [Fact]
    public void The_same_quotation_given_to_one_person_written_two_ways_does_not_conflict()
    {
        Assert.Empty(Attributions(
            TestText.Dated("a.md", $"Ingrid Dahl chaired the meeting. {Quote} Dahl said.", "en", "2024-03-12"),
            TestText.Dated("b.md", $"{Quote} said Ingrid Dahl, Norway's energy minister.", "en", "2024-03-13")));
    }

    [Fact]
    public void Two_anonymous_sources_never_conflict()
    {
        Assert.Empty(Attributions(
            TestText.Dated("a.md", $"{Quote} said a diplomat.", "en", "2024-03-12"),
            TestText.Dated("b.md", $"{Quote} noted an allied source.", "en", "2024-03-13")));
    }

    [Fact]
    public void Different_statements_of_different_people_do_not_conflict()
    {
        Assert.Empty(Attributions(
            TestText.Dated("a.md", $"{Quote} said Lars Berg.", "en", "2024-03-12"),
            TestText.Dated("b.md", "“Cheap power is worth nothing if the lights go out in winter,” said Ingrid Dahl.", "en", "2024-03-13")));
    }

    [Fact]
    public void Statements_with_different_figures_are_different_statements()
    {
        Assert.Empty(Attributions(
            TestText.Dated("a.md", "“The fund will spend 20 billion euros on cables and transformers,” said Lars Berg.", "en", "2024-03-12"),
            TestText.Dated("b.md", "“The fund will spend 25 billion euros on cables and transformers,” said Ingrid Dahl.", "en", "2024-03-13")));
    }

    [Fact]
    public void A_statement_matched_across_english_and_french_is_a_warning_that_names_what_they_share()
    {
        var finding = Assert.Single(Attributions(
            TestText.Dated("a.md", "“The fund will protect Ukraine's aid from political change,” said an allied source.", "en", "2024-04-02"),
            TestText.Dated("b.md", "Stoltenberg a déclaré que le fonds protégerait l'aide à l'Ukraine contre le changement politique.", "fr", "2024-04-02")));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("Matched across English and French by", finding.Message, StringComparison.Ordinal);
        Assert.Contains("protect", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_years_apart_are_not_matched_across_languages()
    {
        Assert.Empty(Attributions(
            TestText.Dated("a.md", "“The fund will protect Ukraine's aid from political change,” said an allied source.", "en", "1987-04-02"),
            TestText.Dated("b.md", "Stoltenberg a déclaré que le fonds protégerait l'aide à l'Ukraine contre le changement politique.", "fr", "2024-04-02")));
    }

    private static List<Finding> Attributions(params FactCheck.Sources.SourceDocument[] sources) =>
        [.. TestText.Findings(sources).Where(f => f.Rule == "attribution-conflict")];
}
