using FactCheck.Kinds.Money;

namespace FactCheck.Core.Tests.Configuration;

/// <summary>What factcheck.yml's subjects, rates and rule parameters change in binding, normalization and comparison.</summary>
public sealed class ConfiguredStagesTests
{
    private const string Levy = "subjects:\n  - id: levy\n    en: [levy]\n    fr: [taxe]\n";

    [Fact]
    public void A_subject_of_the_configuration_binds_a_figure_the_lexicon_does_not_know()
    {
        var source = TestText.Dated("a.md", "The levy raised €3bn.", "en", "2024-01-01");

        var without = Assert.Single(TestText.Claims(source));
        var with = Assert.Single(Configured.Claims(Levy, source));

        Assert.Null(without.Claim.Subject);
        Assert.Equal(("levy", "amount"), (with.Claim.Subject, with.Claim.Attribute));
    }

    [Fact]
    public void Figures_bound_to_a_configured_subject_are_compared_across_languages()
    {
        var findings = Configured.Findings(Levy,
            TestText.Dated("a.md", "The levy raised €3bn.", "en", "2024-01-01"),
            TestText.Dated("b.md", "La taxe a rapporté 5 milliards d'euros.", "fr", "2024-01-01"));

        Assert.Equal("levy", Assert.Single(findings).Subject);
    }

    [Fact]
    public void A_known_id_gains_the_words_of_the_configuration_and_keeps_its_own()
    {
        var claims = Configured.Claims("subjects:\n  - id: fund\n    en: [kitty]\n",
            TestText.Dated("a.md", "The kitty holds €3bn. The fund holds €3bn.", "en", "2024-01-01"));

        Assert.All(claims, c => Assert.Equal("fund", c.Claim.Subject));
    }

    [Fact]
    public void A_word_of_the_configuration_moves_from_the_built_in_subject_to_the_declared_one()
    {
        var claim = Assert.Single(Configured.Claims("subjects:\n  - id: grid-fund\n    en: [fund]\n",
            TestText.Dated("a.md", "The fund holds €3bn.", "en", "2024-01-01")));

        Assert.Equal("grid-fund", claim.Claim.Subject);
    }

    [Fact]
    public void A_subject_that_declares_attributes_takes_only_figures_of_their_kinds()
    {
        const string yaml = "subjects:\n  - id: summit\n    en: [summit]\n    attributes:\n      - {name: date, kind: date}\n";

        var claim = Assert.Single(Configured.Claims(yaml, TestText.Dated("a.md", "The fund was agreed at a €3bn summit.", "en", "2024-01-01")));

        Assert.Equal("fund", claim.Claim.Subject);
    }

    [Fact]
    public void A_declared_money_attribute_names_what_the_figure_states()
    {
        const string yaml = "subjects:\n  - id: bridge\n    en: [bridge]\n    attributes:\n      - {name: cost, kind: money}\n";

        var claim = Assert.Single(Configured.Claims(yaml, TestText.Dated("a.md", "The bridge will cost €2bn.", "en", "2024-01-01")));

        Assert.Equal(("bridge", "cost"), (claim.Claim.Subject, claim.Claim.Attribute));
    }

    [Fact]
    public void A_subjects_tolerance_replaces_the_rules_for_that_subject_only()
    {
        const string yaml = "subjects:\n  - id: fund\n    attributes:\n      - {name: amount, kind: money, tolerance: 15%}\n";
        var sources = new[]
        {
            TestText.Dated("a.md", "The fund holds €20bn. The loan is €20bn.", "en", "2024-01-01"),
            TestText.Dated("b.md", "The fund holds €25bn. The loan is €25bn.", "en", "2024-01-01"),
        };

        var findings = Configured.Findings(yaml, sources);

        Assert.Equal(2, TestText.Findings(sources).Length);
        Assert.Equal("loan", Assert.Single(findings).Subject);
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("20%", 0)]
    public void A_subjects_tolerance_widens_a_count_too(string? tolerance, int findings)
    {
        var yaml = "subjects:\n  - id: alliance\n    en: [allies]\n    attributes:\n      - {name: members, kind: quantity"
            + (tolerance is null ? "" : ", tolerance: " + tolerance) + "}\n";
        var sources = new[]
        {
            TestText.Dated("a.md", "The summit gathered the 30 allies.", "en", "2024-01-01"),
            TestText.Dated("b.md", "The summit gathered the 32 allies.", "en", "2024-01-01"),
        };

        var found = Configured.Findings(yaml, sources);

        Assert.Equal(findings, found.Length);
    }

    [Fact]
    public void A_rule_turned_off_is_not_run_at_all()
    {
        var stages = Configured.Stages("rules:\n  figure-conflict: off\n");

        Assert.DoesNotContain(stages.Comparer.Rules, r => r.Id == "figure-conflict");
        Assert.Contains(stages.Comparer.Rules, r => r.Id == "restatement-mismatch");
        Assert.False(stages.Rules["figure-conflict"]!.Enabled);
    }

    [Fact]
    public void A_rules_level_is_the_level_of_its_findings()
    {
        var sources = new[]
        {
            TestText.Dated("a.md", "The fund holds €20bn.", "en", "2024-01-01"),
            TestText.Dated("b.md", "The fund holds €25bn.", "en", "2024-01-01"),
        };

        var finding = Assert.Single(Configured.Findings("rules:\n  figure-conflict: info\n", sources));

        Assert.Equal(FactCheck.Comparison.Severity.Info, finding.Severity);
    }

    [Fact]
    public void A_rule_parameter_of_the_configuration_changes_the_comparison()
    {
        var sources = new[]
        {
            TestText.Dated("a.md", "The fund holds €20bn.", "en", "2024-01-01"),
            TestText.Dated("b.md", "The fund holds €25bn.", "en", "2024-01-01"),
        };

        var strict = Configured.Findings("rules:\n  figure-conflict:\n    tolerance: 1%\n", sources);
        var loose = Configured.Findings("rules:\n  figure-conflict:\n    tolerance: 15%\n", sources);

        Assert.Single(strict);
        Assert.Empty(loose);
    }

    [Fact]
    public void A_rate_of_the_configuration_converts_a_currency_the_table_lacks()
    {
        const string yaml = "rates:\n  - {currency: NOK, year: 2024, per-euro: 11.5}\n";
        var source = TestText.Dated("a.md", "The fund holds NOK 230bn.", "en", "2024-05-01");

        var without = Assert.Single(TestText.MoneyClaims(source));
        var with = Assert.Single(Configured.MoneyClaims(yaml, source));

        Assert.Null(without.InEuros);
        Assert.InRange(with.InEuros!.Value.Min, 19.5e9, 20e9);
        Assert.Equal((11.5, 2024), (with.Rate!.PerEuro, with.Rate.Year));
    }

    [Fact]
    public void A_rate_of_the_configuration_replaces_the_tables_for_its_year_and_is_the_nearest_for_others()
    {
        const string yaml = "rates:\n  - {currency: USD, year: 2024, per-euro: 2}\n  - {currency: NOK, year: 2020, per-euro: 10.7}\n";

        var claims = Configured.MoneyClaims(yaml,
            TestText.Dated("a.md", "The fund holds $100bn.", "en", "2024-05-01"),
            TestText.Dated("b.md", "The loan is NOK 10bn.", "en", "2023-05-01"));

        Assert.Equal(2, claims.Single(c => c.Currency == "USD").Rate!.PerEuro);
        Assert.Equal((10.7, 2020), (claims.Single(c => c.Currency == "NOK").Rate!.PerEuro, claims.Single(c => c.Currency == "NOK").Rate!.Year));
    }

    [Theory]
    [InlineData(2019, 2020)]
    [InlineData(2021, 2020)]
    [InlineData(2022, 2020)]
    [InlineData(2023, 2024)]
    [InlineData(2030, 2024)]
    public void A_currency_with_a_gap_in_its_years_uses_the_nearest_year_it_has(int year, int used)
    {
        var rates = ExchangeRates.Build(Configured.Config("rates:\n  - {currency: NOK, year: 2020, per-euro: 10.7}\n  - {currency: NOK, year: 2024, per-euro: 11.6}\n"));

        Assert.Equal(used, rates.Rate("NOK", year)?.Year);
    }
}
