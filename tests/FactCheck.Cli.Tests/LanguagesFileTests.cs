namespace FactCheck.Cli.Tests;

/// <summary><c>--languages FILE</c>: a language pack from a file adds a language; a mistake in it is one line naming file and line.</summary>
public sealed class LanguagesFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factcheck-languages-").FullName;

    [Fact]
    public void A_language_pack_file_adds_a_language_sources_may_declare()
    {
        File.Copy(Path.Combine(RepoPaths.Tests, "FactCheck.Core.Tests", "Specs", "de.yml"), Path.Combine(folder, "de.yml"));
        Write("a.md", "---\nlanguage: de\n---\n\nDie Staatsschulden erreichen 5 Billionen Euro.\n");

        var (_, withoutPack, _) = CliRunner.RunIn(folder, "extract", "a.md");
        var (with, stdout, stderr) = CliRunner.RunIn(folder, "extract", "a.md", "--languages", "de.yml");

        // Without the pack the language is a value FactCheck cannot use: a warning on the file, which is read without it.
        Assert.Contains("a.md:2: language 'de' is not a language FactCheck reads (en, fr)", withoutPack, StringComparison.Ordinal);
        Assert.DoesNotContain("€5tn", withoutPack, StringComparison.Ordinal);
        Assert.Equal((0, ""), (with, stderr));
        Assert.Contains("a.md:5:30  €5tn  (no subject)", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("code: de\nname: German\ndecimal-mark: \",\"\nwords:\n  detection: der\n", "de.yml:5: words.detection must be a list (- item, or [a, b])")]
    [InlineData("code: de\nname: German\n", "de.yml:1: decimal-mark is missing")]
    [InlineData("code: de\nname: [German\n", "de.yml:3: not valid YAML")]
    public void A_mistake_in_a_language_pack_is_one_line_naming_the_file_and_line_and_exit_code_2(string yaml, string message)
    {
        Write("a.md", "The headquarters will be in Brussels.\n");
        Write("de.yml", yaml);

        var (exit, stdout, stderr) = CliRunner.RunIn(folder, "check", "a.md", "--languages", "de.yml");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("factcheck: " + message, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_missing_language_pack_is_an_input_error()
    {
        Write("a.md", "The headquarters will be in Brussels.\n");

        var (exit, _, stderr) = CliRunner.RunIn(folder, "check", "a.md", "--languages", "nope.yml");

        Assert.Equal(2, exit);
        Assert.Equal("factcheck: nope.yml: no such language pack\n", stderr);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(folder, name), text);
}
