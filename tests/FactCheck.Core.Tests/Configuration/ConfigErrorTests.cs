using FactCheck.Configuration;
using FactCheck.Inputs;
using FactCheck.Pipeline;

namespace FactCheck.Core.Tests.Configuration;

/// <summary>Every mistake in a factcheck.yml is one error naming the file, the line and what is wrong.</summary>
public sealed class ConfigErrorTests
{
    private static UserError ErrorOf(string yaml)
    {
        var (config, error) = ConfigReader.Read("factcheck.yml", "/work", yaml);
        if (error is null) (_, error) = CheckStages.Build(new CheckOptions([], "/work") { Configuration = config! });
        Assert.NotNull(error);
        return error;
    }

    [Fact]
    public void A_missing_key_is_named_with_its_path_and_line()
    {
        var error = ErrorOf("subjects:\n  - id: levy\n    en: [levy]\n  - en: [toll]\n");

        Assert.Equal("factcheck.yml:4: subjects[1].id is missing", error.ToString());
    }

    [Theory]
    [InlineData("subjects:\n  - id: levy\n    en: levy\n", 3, "subjects[0].en must be a list")]
    [InlineData("subjects: levy\n", 1, "subjects must be a list")]
    [InlineData("rates:\n  - currency: NOK\n    year: twenty\n    per-euro: 11.6\n", 3, "rates[0].year 'twenty' is not a year")]
    [InlineData("rates:\n  - currency: NOK\n    year: 2024\n    per-euro: [11.6]\n", 4, "rates[0].per-euro must be a single value")]
    [InlineData("subjects:\n  - id: Grid Fund\n", 2, "subjects[0].id 'Grid Fund' must be lower-case")]
    [InlineData("places:\n  - name: Kyiv\n    country: Ukraine\n", 3, "places[0].country 'Ukraine' is not a two-letter ISO 3166 code")]
    [InlineData("sources:\n  - glob: \"wires/*.md\"\n    date: last week\n", 3, "sources[0].date 'last week' is not an ISO 8601 date")]
    [InlineData("sources:\n  - glob: \"wires/*.md\"\n", 2, "sources[0] sets nothing")]
    [InlineData("rates:\n  - currency: EUR\n    year: 2024\n    per-euro: 1\n", 2, "rates[0].currency 'EUR' is not the ISO 4217 code of a currency other than the euro")]
    [InlineData("rules: {}\nstories: single\n", 2, "stories 'single' is not one of grouped, one")]
    public void A_value_of_the_wrong_type_or_form_is_named_with_its_line(string yaml, int line, string message)
    {
        var error = ErrorOf(yaml);

        Assert.Equal(line, error.Line);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("subject:\n  - id: levy\n", 1, "unknown key 'subject' in the file (subjects, places, people, rates, sources, ignore, rules, stories, against)")]
    [InlineData("subjects:\n  - id: levy\n    alises: [toll]\n", 3, "unknown key 'alises' in subjects[0] (id, attributes, or a language code such as en)")]
    [InlineData("people:\n  - name: Jens Stoltenberg\n    role: [NATO Secretary General]\n", 3, "unknown key 'role' in people[0] (name, aliases, roles)")]
    [InlineData("rules:\n  figure-conflict:\n    tolerence: 1%\n", 3, "unknown key 'tolerence' in rules.figure-conflict (level, tolerance, round-tolerance, about, rate-band)")]
    [InlineData("rules:\n  figure-conflit: warning\n", 2, "rules.figure-conflit: there is no such rule ({rules}; factcheck rules lists them)")]
    [InlineData("rules:\n  restatement-mismatch:\n    kinds: [quantity]\n", 3, "unknown key 'kinds' in rules.restatement-mismatch (level, rate-band)")]
    public void An_unknown_key_is_an_error_so_a_typo_never_goes_unnoticed(string yaml, int line, string message)
    {
        var error = ErrorOf(yaml);

        Assert.Equal("factcheck.yml", error.Path);
        Assert.Equal(line, error.Line);
        Assert.Equal(message.Replace("{rules}", string.Join(", ", FactCheck.Rules.RuleSet.BuiltIn.All.Select(r => r.Id)), StringComparison.Ordinal), error.Message);
    }

    [Theory]
    [InlineData("rules:\n  figure-conflict: fatal\n", 2)]
    [InlineData("rules:\n  figure-conflict:\n    level: warn\n", 3)]
    public void A_level_that_is_not_one_is_an_error(string yaml, int line)
    {
        var error = ErrorOf(yaml);

        Assert.Equal(line, error.Line);
        Assert.Contains("is not a level (error, warning, info, off)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rules:\n  figure-conflict:\n    tolerance: 1\n", 3, "rules.figure-conflict.tolerance '1' is not a percentage such as 0.5%")]
    [InlineData("subjects:\n  - id: levy\n    attributes:\n      - name: amount\n        kind: money\n        tolerance: lots\n", 6, "subjects[0].attributes[0].tolerance 'lots' is not a percentage such as 1%")]
    [InlineData("subjects:\n  - id: levy\n    attributes:\n      - name: amount\n        kind: cash\n", 5, "subjects[0].attributes[0].kind 'cash' is not one of money, place, quantity, percentage, duration, date, attribution")]
    public void A_bad_parameter_is_named_with_its_line(string yaml, int line, string message)
    {
        var error = ErrorOf(yaml);

        Assert.Equal(line, error.Line);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("date", "a date is not a figure, so it has no tolerance (only money, quantity, percentage, duration do)")]
    [InlineData("place", "a place is not a figure, so it has no tolerance (only money, quantity, percentage, duration do)")]
    public void A_tolerance_for_a_kind_that_has_none_is_an_error(string kind, string message)
    {
        var error = ErrorOf($"subjects:\n  - id: summit\n    attributes:\n      - name: when\n        kind: {kind}\n        tolerance: 5%\n");

        Assert.Equal("factcheck.yml", error.Path);
        Assert.Equal(6, error.Line);
        Assert.Equal("subjects[0].attributes[0].tolerance: " + message, error.Message);
    }

    [Theory]
    [InlineData("ignore:\n  - \"archive/[0-9\"\n", "ignore[0] 'archive/[0-9' has a '[' that is never closed")]
    [InlineData("ignore:\n  - \"/etc/*.md\"\n", "ignore[0] '/etc/*.md' is absolute; globs are relative to the folder of factcheck.yml")]
    [InlineData("ignore:\n  - \"../other/**\"\n", "ignore[0] '../other/**' uses '..'; globs cannot reach outside the folder of factcheck.yml")]
    [InlineData("ignore:\n  - \"drafts/{a,b\"\n", "ignore[0] 'drafts/{a,b' has a '{' that is never closed")]
    public void A_bad_glob_is_named_with_its_line(string yaml, string message)
    {
        var error = ErrorOf(yaml);

        Assert.Equal(2, error.Line);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Broken_yaml_is_named_with_the_line_of_the_mistake()
    {
        var error = ErrorOf("subjects:\n  - id: levy\n    en: [levy, toll\nrules:\n  figure-conflict: warning\n");

        Assert.Equal("factcheck.yml", error.Path);
        Assert.StartsWith("not valid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line!.Value, 3, 4);
    }

    [Fact]
    public void A_key_written_twice_is_an_error_with_its_line()
    {
        var error = ErrorOf("rules:\n  figure-conflict: warning\n  figure-conflict: off\n");

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Two_subjects_sharing_a_word_is_an_error()
    {
        var error = ErrorOf("subjects:\n  - id: levy\n    en: [levy]\n  - id: toll\n    en: [toll, levy]\n");

        Assert.Equal("factcheck.yml:4: subjects[1]: 'levy' already names the subject levy", error.ToString());
    }

    [Fact]
    public void Two_attributes_of_one_kind_are_an_error_because_a_figure_could_not_choose()
    {
        var error = ErrorOf("subjects:\n  - id: bridge\n    attributes:\n      - {name: cost, kind: money}\n      - {name: price, kind: money}\n");

        Assert.Equal(5, error.Line);
        Assert.Contains("already has a money attribute (cost)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_several_mistakes_the_one_nearest_the_top_is_reported()
    {
        var error = ErrorOf("subjects:\n  - en: [levy]\nrule:\n  figure-conflict: off\n");

        Assert.Equal("factcheck.yml:2: subjects[0].id is missing", error.ToString());
    }

    [Fact]
    public void The_root_must_be_a_mapping()
    {
        var error = ErrorOf("- subjects\n");

        Assert.Equal("factcheck.yml:1: the file must be a mapping of keys to values (key: value)", error.ToString());
    }
}
