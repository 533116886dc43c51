namespace FactCheck.Cli.Tests;

/// <summary><c>--places FILE</c>: a user's gazetteer extends the shipped one; a mistake in it is one line naming file and line.</summary>
public sealed class PlacesFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factcheck-places-").FullName;

    [Fact]
    public void A_places_file_adds_a_place_that_then_conflicts()
    {
        Write("a.md", "The depot will be built in Vrinville.\n\nThe headquarters will be in Vrinville.\n");
        Write("b.md", "The headquarters will be in Brussels.\n");
        Write("places.yml", "places:\n  - {name: Vrinville, fr: Vrinvile, country: FR}\n");

        var (without, outWithout, _) = CliRunner.RunIn(folder, "check", "a.md", "b.md");
        var (with, outWith, stderr) = CliRunner.RunIn(folder, "check", "a.md", "b.md", "--places", "places.yml");

        Assert.Equal((0, 1), (without, with));
        Assert.DoesNotContain("Vrinville", outWithout, StringComparison.Ordinal);
        Assert.Equal("", stderr);
        Assert.Contains("Vrinville (France, 1 source) vs Brussels (Belgium, 1 source)", outWith, StringComparison.Ordinal);
    }

    [Fact]
    public void A_places_file_can_add_a_spelling_to_a_known_place()
    {
        Write("a.md", "Le QG sera installé à Monsignor.\n");
        Write("b.md", "The headquarters will be in Mons.\n");
        Write("places.yml", "places:\n  - {id: mons, also: [Monsignor]}\n");

        var (exit, stdout, _) = CliRunner.RunIn(folder, "extract", "a.md", "b.md", "--places", "places.yml");

        Assert.Equal(0, exit);
        Assert.Equal(2, stdout.Split('\n').Count(l => l.Contains("  Mons  headquarters.location", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("places:\n  - {name: Vrinville, country: XX}\n", "places.yml:2: 'XX' is not a country of the gazetteer")]
    [InlineData("places:\n  - {name: Vrinville, country: FR}\n  - {name: Vrinville, country: FR}\n", "places.yml:3: the id 'vrinville' is already used (places.yml:2)")]
    [InlineData("places:\n  - {name: Vrinville, in: nowhere}\n", "places.yml:2: no place has the id 'nowhere' (named by 'in')")]
    [InlineData("places:\n  - {name: Vrinville, contry: FR}\n", "places.yml:2: 'contry' is not a key of a place")]
    [InlineData("towns:\n  - {name: Vrinville}\n", "places.yml:1: 'towns' is not a list of a places file (regions, countries, places)")]
    [InlineData("places:\n  - {name: Vrinville, country: FR\n", "places.yml:3: not valid YAML")]
    [InlineData("places:\n  - {id: mons2, also: [Bergen]}\n", "places.yml:2: no place has the id 'mons2'")]
    [InlineData("places:\n  - {name: Vrinville, also: *nowhere}\n", "places.yml:1: not valid YAML: The anchor 'nowhere' does not exist")]
    [InlineData("places:\n  - name: [Vrinville\n    country: FR\n", "places.yml:")]
    [InlineData("places:\n  - {name: Vrinville, country: FR}\n  - {name: Vrinville2, country: FR}\n  - {name: &a Vrinville3, country: *a}\n", "places.yml:4: not valid YAML")]
    [InlineData("\uFEFFplaces: [", "places.yml:")]
    public void A_mistake_in_a_places_file_is_one_line_naming_the_file_and_line_and_exit_code_2(string yaml, string message)
    {
        Write("a.md", "The headquarters will be in Brussels.\n");
        Write("places.yml", yaml);

        var (exit, stdout, stderr) = CliRunner.RunIn(folder, "check", "a.md", "--places", "places.yml");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("factcheck: " + message, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_missing_places_file_is_an_input_error()
    {
        Write("a.md", "The headquarters will be in Brussels.\n");

        var (exit, _, stderr) = CliRunner.RunIn(folder, "check", "a.md", "--places", "nope.yml");

        Assert.Equal(2, exit);
        Assert.Equal("factcheck: nope.yml: no such places file\n", stderr);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(folder, name), text);
}
