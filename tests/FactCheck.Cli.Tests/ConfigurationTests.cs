namespace FactCheck.Cli.Tests;

/// <summary>factcheck.yml, found or named, changes what check does; its mistakes stop the run with one line.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly Workspace work = new();

    public void Dispose() => work.Dispose();

    [Fact]
    public void A_configuration_in_a_parent_folder_is_found()
    {
        work.Write("factcheck.yml", "subjects:\n  - id: levy\n    en: [levy]\n");
        work.Write("articles/a.md", "---\ndate: 2024-01-01\n---\n\nThe levy raised €3bn.\n");
        work.Write("articles/b.md", "---\ndate: 2024-01-01\n---\n\nThe levy raised €5bn.\n");

        var (exit, stdout, _) = work.RunIn("articles", "check", ".");

        Assert.Equal(1, exit);
        Assert.Contains("figure-conflict  levy · amount", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_of_the_configuration_is_read_and_compared_where_it_lies()
    {
        work.Write("factcheck.yml", "places:\n  - name: Nordhavn\n    aliases: [Nordhafen]\n    country: DK\n    within: Copenhagen\n");
        work.Write("a.md", "The fund's headquarters will be in Nordhafen.\n");
        work.Write("b.md", "The fund's headquarters will be in Copenhagen.\n");
        work.Write("c.md", "The fund's headquarters will be in Oslo.\n");

        var report = work.Json(".");

        var finding = Assert.Single(report.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "place-conflict");
        var sides = finding.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("claims").GetArrayLength()).Order().ToArray();
        Assert.Equal([1, 2], sides); // Nordhavn lies in Copenhagen: one side; Oslo the other
        Assert.Contains("Nordhavn", report.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("value").GetProperty("name").GetString()));
    }

    [Fact]
    public void People_of_the_configuration_make_one_speaker_of_their_spellings()
    {
        work.Write("a.md", "---\ndate: 2024-03-12\n---\n\n“We will rebuild every damaged substation and power line across the eastern regions before the winter comes,” said Zelenskyy on Tuesday.\n");
        work.Write("b.md", "---\ndate: 2024-03-12\n---\n\n“We will rebuild every damaged substation and power line across the eastern regions before the winter comes,” said Volodymyr Zelensky.\n");
        var without = Workspace.Rules(work.Json("."));

        work.Write("factcheck.yml", "people:\n  - name: Volodymyr Zelensky\n    aliases: [Zelenskyy, Zelenskiy]\n");
        var with = Workspace.Rules(work.Json("."));

        Assert.Equal(["attribution-conflict"], without);
        Assert.Empty(with);
    }

    [Fact]
    public void Extract_binds_with_the_configurations_subjects_too()
    {
        work.Write("factcheck.yml", "subjects:\n  - id: levy\n    en: [levy]\n");
        work.Write("a.md", "The levy raised €3bn.\n");

        var (exit, stdout, _) = work.Run("extract", "a.md");

        Assert.Equal(0, exit);
        Assert.Contains("€3bn  levy.amount", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_search_stops_at_the_root_of_a_repository()
    {
        work.Write("factcheck.yml", "subjects:\n  - id: levy\n    en: [levy]\n");
        Directory.CreateDirectory(Path.Combine(work.Root, "inner", ".git"));
        work.Write("inner/a.md", "---\ndate: 2024-01-01\n---\n\nThe levy raised €3bn.\n");
        work.Write("inner/b.md", "---\ndate: 2024-01-01\n---\n\nThe levy raised €5bn.\n");

        var (exit, _, _) = work.RunIn("inner", "check", ".");

        Assert.Equal(0, exit);
    }

    [Fact]
    public void A_configuration_named_with_config_is_used_instead_of_the_nearest()
    {
        work.Write("factcheck.yml", "rules:\n  figure-conflict: info\n");
        work.Write("strict.yml", "rules:\n  figure-conflict: error\n");
        work.Write("a.md", Workspace.FundA);
        work.Write("b.md", Workspace.FundB);

        var found = work.Run("check", "a.md", "b.md");
        var named = work.Run("check", "a.md", "b.md", "--config", "strict.yml");

        Assert.Equal(0, found.Exit);
        Assert.Equal(1, named.Exit);
    }

    [Theory]
    [InlineData("warning", 0, "warning figure-conflict")]
    [InlineData("info", 0, "info figure-conflict")]
    [InlineData("error", 1, "error figure-conflict")]
    public void A_rules_level_in_the_configuration_changes_the_exit_code(string level, int expected, string shown)
    {
        work.Write("factcheck.yml", $"rules:\n  figure-conflict:\n    level: {level}\n");
        work.Write("a.md", Workspace.FundA);
        work.Write("b.md", Workspace.FundB);

        var (exit, stdout, _) = work.Run("check", ".");

        Assert.Equal(expected, exit);
        Assert.StartsWith(shown, stdout, StringComparison.Ordinal);
        Assert.Equal(1, work.Run("check", ".", "--fail-on", level).Exit);
    }

    [Fact]
    public void A_rule_turned_off_reports_nothing()
    {
        work.Write("factcheck.yml", "rules:\n  figure-conflict: off\n");
        work.Write("a.md", Workspace.FundA);
        work.Write("b.md", Workspace.FundB);

        var (exit, stdout, _) = work.Run("check", ".");

        Assert.Equal(0, exit);
        Assert.StartsWith("0 finding(s)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistake_in_the_configuration_stops_the_run_with_its_file_and_line()
    {
        work.Write("factcheck.yml", "subjects:\n  - id: levy\n    alises: [toll]\n");
        work.Write("a.md", Workspace.FundA);

        var (exit, stdout, stderr) = work.RunIn(".", "check", "a.md");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal("factcheck: factcheck.yml:3: unknown key 'alises' in subjects[0] (id, attributes, or a language code such as en)\n", stderr);
    }

    [Fact]
    public void A_mistake_in_a_configuration_found_above_names_it_relative_to_the_working_directory()
    {
        work.Write("factcheck.yml", "rules:\n  figure-conflict: fatal\n");
        work.Write("articles/a.md", Workspace.FundA);

        var (exit, _, stderr) = work.RunIn("articles", "check", "a.md");

        Assert.Equal(2, exit);
        Assert.StartsWith("factcheck: ../factcheck.yml:2: rules.figure-conflict 'fatal' is not a level", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_configuration_file_named_with_config_is_an_input_error()
    {
        work.Write("a.md", Workspace.FundA);

        var (exit, _, stderr) = work.Run("check", "a.md", "--config", "nowhere.yml");

        Assert.Equal(2, exit);
        Assert.Equal("factcheck: nowhere.yml: no such configuration file\n", stderr);
    }

    [Fact]
    public void Metadata_of_a_glob_applies_to_files_whose_front_matter_does_not_say()
    {
        work.Write("factcheck.yml", "sources:\n  - glob: \"wires/*.md\"\n    date: 2024-03-12\n    outlet: Agence Nordique\n    language: fr\n  - glob: \"wires/late-*.md\"\n    date: 2024-04-01\n");
        work.Write("wires/plain.md", "The grid fund holds €25bn.\n");
        work.Write("wires/late-news.md", "The grid fund holds €25bn.\n");
        work.Write("wires/dated.md", "---\ndate: 2023-05-06\noutlet: Own Outlet\n---\n\nThe grid fund holds €25bn.\n");

        var sources = work.Json("wires").GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);

        Assert.Equal(("2024-03-12", "declared", "Agence Nordique", "fr"), Fields(sources["wires/plain.md"]));
        Assert.Equal(("2024-04-01", "declared", "Agence Nordique", "fr"), Fields(sources["wires/late-news.md"]));
        Assert.Equal(("2023-05-06", "declared", "Own Outlet", "fr"), Fields(sources["wires/dated.md"]));
    }

    [Fact]
    public void Files_matching_an_ignore_glob_are_not_read()
    {
        work.Write("factcheck.yml", "ignore:\n  - \"archive/**\"\n");
        work.Write("a.md", Workspace.FundA);
        work.Write("archive/2023/b.md", Workspace.FundB);

        var report = work.Json(".");
        var named = work.Run("check", "archive/2023/b.md");
        var folder = work.Run("check", "archive");

        Assert.Equal(["a.md"], report.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Empty(Workspace.Rules(report));
        Assert.Equal(2, named.Exit);
        Assert.Contains("every file named matches an ignore glob of factcheck.yml", named.Err, StringComparison.Ordinal);
        Assert.Equal(2, folder.Exit);
        Assert.Contains("archive: every file in it matches an ignore glob of factcheck.yml", folder.Err, StringComparison.Ordinal);
    }

    private static (string?, string?, string?, string?) Fields(System.Text.Json.JsonElement source) =>
        (source.GetProperty("date").GetString(), source.GetProperty("dateOrigin").GetString(), source.GetProperty("outlet").GetString(), source.GetProperty("language").GetString());
}
