using System.Text.RegularExpressions;
using FactCheck.Configuration;
using FactCheck.Rules;

namespace FactCheck.Core.Tests.Configuration;

/// <summary>The file <c>factcheck init</c> writes is valid as written, and so are its examples once uncommented.</summary>
public sealed class StarterConfigTests
{
    [Fact]
    public void The_starter_file_reads_without_error_and_changes_nothing()
    {
        var (config, error) = ConfigReader.Read("factcheck.yml", "/work", StarterConfig.Text);

        Assert.Null(error);
        Assert.Empty(config!.Subjects);
        Assert.Empty(config.Rules);
    }

    [Fact]
    public void Every_example_of_the_starter_file_reads_once_uncommented()
    {
        // Examples are the lines starting with "#  "; explanations start with "# ".
        var uncommented = Regex.Replace(StarterConfig.Text, "^#(?=  )", " ", RegexOptions.Multiline);

        var (config, error) = ConfigReader.Read("factcheck.yml", "/work", uncommented);
        var (rules, rulesError) = RuleSet.Build(RuleFile.BuiltIn, config!);

        Assert.Null(error);
        Assert.Null(rulesError);
        Assert.Equal("grid-fund", Assert.Single(config!.Subjects).Id);
        Assert.Equal<string>(["Kiev", "Kyïv"], Assert.Single(config.Places).Aliases);
        Assert.Equal("UA", config.Places[0].Country);
        Assert.Equal<string>(["NATO Secretary General", "secrétaire général de l'OTAN"], Assert.Single(config.People).Roles);
        Assert.Equal(new RateConfig("NOK", 2024, 11.63), Assert.Single(config.Rates));
        Assert.Equal(2, config.Sources.Length);
        Assert.Equal("archive/**", Assert.Single(config.Ignore).Pattern);
        Assert.Equal("warning", rules!["restatement-mismatch"]!.Level);
    }
}
