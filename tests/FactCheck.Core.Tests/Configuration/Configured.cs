using System.Collections.Immutable;
using FactCheck.Comparison;
using FactCheck.Configuration;
using FactCheck.Kinds.Money;
using FactCheck.Normalization;
using FactCheck.Pipeline;
using FactCheck.Sources;
using FactCheck.Stories;

namespace FactCheck.Core.Tests.Configuration;

/// <summary>Runs the stages with a factcheck.yml written in the test, as <see cref="TestText"/> runs them without one.</summary>
internal static class Configured
{
    public static FactCheckConfig Config(string yaml)
    {
        var (config, error) = ConfigReader.Read("factcheck.yml", "/work", yaml);
        Assert.Null(error);
        return config!;
    }

    public static CheckStages Stages(string yaml)
    {
        var (stages, error) = CheckStages.Build(new CheckOptions([], "/work") { Configuration = Config(yaml) });
        Assert.Null(error);
        return stages!;
    }

    public static ImmutableArray<NormalizedClaim> Claims(string yaml, params SourceDocument[] sources) => Stages(yaml).Read(sources, StoryMode.One).Claims;

    public static ImmutableArray<MoneyClaim> MoneyClaims(string yaml, params SourceDocument[] sources) => [.. Claims(yaml, sources).OfType<MoneyClaim>()];

    public static ImmutableArray<Finding> Findings(string yaml, params SourceDocument[] sources)
    {
        var stages = Stages(yaml);
        var (claims, stories) = stages.Read(sources, StoryMode.One);
        return stages.Compare(claims, stories);
    }
}
