using FactCheck.Kinds.Money;
using FactCheck.Languages;
using FactCheck.Pipeline;

namespace FactCheck.Core.Tests.Languages;

public sealed class LanguagePackTests
{
    private static readonly string German = Path.Combine(RepoPaths.Tests, "FactCheck.Core.Tests", "Specs", "de.yml");

    [Fact]
    public void A_third_language_is_one_data_file_given_to_the_run()
    {
        var folder = Directory.CreateTempSubdirectory("factcheck-de-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.md"), "---\nlanguage: de\n---\n\nDie Staatsschulden erreichen 5 Billionen Euro.\n");

            var result = FactChecker.Check(new CheckOptions(["a.md"], folder) { Extract = true, LanguageFiles = [German] });

            Assert.Null(result.Error);
            var claim = Assert.IsType<MoneyClaim>(Assert.Single(result.Report!.Claims).Value);
            Assert.Equal((5e12m, "EUR"), (claim.Money.Low, claim.Money.Currency));
            Assert.Equal("de", Assert.Single(result.Report.Sources).Language.Code);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_scale_word_means_what_its_language_says()
    {
        var (packs, error) = LanguagePacks.Load([German], RepoPaths.Root);

        Assert.Null(error);
        Assert.Equal(1e12m, packs!["de"]!.Scales["billion"]);
        Assert.Equal(1e9m, packs["en"]!.Scales["billion"]);
    }

    [Theory]
    [InlineData("code: de\nname: German\ndecimal-mark: \",\"\nwordz: {}\n", 4, "unknown key 'wordz'")]
    [InlineData("code: de\nname: German\ndecimal-mark: \",\"\nscales: {billion: lots}\n", 4, "scales.billion 'lots' is not a multiplier such as 1e9")]
    [InlineData("code: de\nname: German\ndecimal-mark: \";\"\n", 3, "decimal-mark ';' is not . or ,")]
    [InlineData("code: deutsch\nname: German\ndecimal-mark: \",\"\n", 1, "code 'deutsch' is not an ISO 639-1 code such as de")]
    [InlineData("code: en\nname: English again\ndecimal-mark: \".\"\n", 1, "the language 'en' is already loaded (Languages/en.yml)")]
    public void A_mistake_in_a_pack_names_its_file_and_line(string yaml, int line, string message)
    {
        var folder = Directory.CreateTempSubdirectory("factcheck-pack-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "xx.yml"), yaml);

            var (packs, error) = LanguagePacks.Load(["xx.yml"], folder);

            Assert.Null(packs);
            Assert.Equal(("xx.yml", (int?)line), (error!.Path, error.Line));
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_word_list_a_shipped_pack_holds_is_read_by_some_stage()
    {
        // Read every language's examples, so that each stage has built what it reads from each pack.
        foreach (var code in LanguagePacks.BuiltIn.All.Select(p => p.Code))
            Assert.True(File.Exists(Path.Combine(RepoPaths.Tests, "FactCheck.Core.Tests", "Specs", code + ".md")), $"Specs/{code}.md: a shipped language has its examples");
        var result = FactChecker.Check(new CheckOptions(["samples", "tests/FactCheck.Core.Tests/Specs"], RepoPaths.Root) { LanguageFiles = [German] });
        Assert.Null(result.Error);
        // Texts that declare no language, with dates the recognizer reads and the pack then sets aside ("this summer").
        var folder = Directory.CreateTempSubdirectory("factcheck-lists-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "en.md"), "The talks will resume next weekend or in the summer of 2025, the minister said.\n");
            File.WriteAllText(Path.Combine(folder, "fr.md"), "Les discussions reprendront cet été, après le week-end, a dit le ministre.\n");
            Assert.Null(FactChecker.Check(new CheckOptions(["."], folder) { RecognizerScope = FactCheck.Mentions.RecognizerScope.Everywhere }).Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var pack in LanguagePacks.BuiltIn.All)
        {
            // Status cues wait for claim frames (issue 13): a language brings them already.
            var unread = pack.ListNames.Except(pack.ListsRead).Where(l => !l.StartsWith("status-", StringComparison.Ordinal)).Order().ToList();
            Assert.True(unread.Count == 0, $"{pack.File}: no stage reads {string.Join(", ", unread)}");
        }
    }
}
