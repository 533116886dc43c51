using System.Collections.Immutable;
using FactCheck.Binding;
using FactCheck.Comparison;
using FactCheck.Kinds.Date;
using FactCheck.Kinds.Duration;
using FactCheck.Kinds.Money;
using FactCheck.Kinds.Percentage;
using FactCheck.Kinds.Place;
using FactCheck.Kinds.Quantity;
using FactCheck.Mentions;
using FactCheck.Normalization;
using FactCheck.Pipeline;
using FactCheck.Rules;
using FactCheck.Sentences;

namespace FactCheck.Core.Tests.Pipeline;

/// <summary>A kind is one unit: it registers every part, in an order stated by type, or the pipeline refuses to build.</summary>
public sealed class KindRegistrationTests
{
    private static readonly RuleFile GaugeRule = new("gauge-conflict", "gauge-conflict.yml",
        "extends: conflict\nlevel: error\nkinds: [gauge]\ndescription: \"Sources read one gauge differently.\"\n");

    private sealed record GaugeClaim(Claim Claim) : NormalizedClaim(Claim)
    {
        public override string Display => "gauge";
    }

    private sealed class NoMentions : IMentionSource
    {
        public IReadOnlyList<Mention> Find(Sentence sentence) => [];
    }

    private sealed class NoFindings : IComparisonRule
    {
        public string Id => "gauge-conflict";

        public IEnumerable<Finding> Compare(FactCheck.Alignment.StoryClaims story) => [];
    }

    private sealed class NoValue : IClaimNormalizer
    {
        public NormalizedClaim? Normalize(Claim claim, NormalizationContext context) => null;
    }

    /// <summary>A kind that registers every part but the one named <c>missing</c>.</summary>
    private sealed class PartialKind(string missing) : IClaimKind
    {
        public ClaimKind Kind { get; } = new("gauge");

        public void Setup(CheckPipelineBuilder pipeline)
        {
            if (missing != "mention source") pipeline.Mentions.Add(_ => new NoMentions());
            if (missing != "binding") pipeline.Binders.BySubject(new SubjectBinding("reading"));
            if (missing != "normalizer") pipeline.Normalizers.Add(new NoValue());
            if (missing != "comparison rule") pipeline.Rules.Add(GaugeRule, _ => new NoFindings());
            if (missing != "JSON value writer") pipeline.Values.Add<GaugeClaim>((json, _) => json.WriteNullValue());
        }
    }

    private static CheckOptions With(params IClaimKind[] kinds) => new([], "") { Kinds = [.. BuiltInKinds.All, .. kinds] };

    [Fact]
    public void A_kind_with_every_part_builds()
    {
        var (stages, error) = CheckStages.Build(With(new PartialKind("nothing")));

        Assert.Null(error);
        Assert.Contains(stages!.Kinds, k => k.Name == "gauge");
        Assert.Contains(stages.Comparer.Rules, r => r.Id == "gauge-conflict");
    }

    [Theory]
    [InlineData("mention source", "nothing would find its claims")]
    [InlineData("binding", "its mentions would never become claims")]
    [InlineData("normalizer", "its claims would vanish")]
    [InlineData("comparison rule", "its claims would never be compared")]
    [InlineData("JSON value writer", "a JSON report of its claims would fail")]
    public void A_kind_missing_a_part_fails_when_the_pipeline_is_built_naming_the_kind_and_the_part(string part, string consequence)
    {
        var failure = Assert.Throws<InvalidOperationException>(() => CheckStages.Build(With(new PartialKind(part))));

        Assert.Equal($"The claim kind 'gauge' (PartialKind) registers no {part}: {consequence}.", failure.Message);
    }

    /// <summary>The money kind without its restatement rule: the rule file still declares a money rule.</summary>
    private sealed class MoneyWithoutRestatements : IClaimKind
    {
        public ClaimKind Kind => ClaimKind.Money;

        public void Setup(CheckPipelineBuilder pipeline) => pipeline
            .Mentions.InsertBefore<QuantityMentionSource>(_ => new MoneyMentionSource())
            .Binders.BySubject(new SubjectBinding("amount"))
            .Normalizers.Add(context => new MoneyNormalizer(ExchangeRates.Default, context.Rules.Conflict("figure-conflict")))
            .Rules.Add("figure-conflict", context => new FigureConflictCheck(context.Rules.Conflict("figure-conflict")))
            .Values.Add<MoneyClaim>((json, _) => json.WriteNullValue());
    }

    [Fact]
    public void A_built_in_rule_file_that_no_registered_kind_runs_fails_the_build()
    {
        var kinds = BuiltInKinds.All.Where(k => k.Kind != ClaimKind.Money).Prepend(new MoneyWithoutRestatements());

        var failure = Assert.Throws<InvalidOperationException>(() => CheckStages.Build(new CheckOptions([], "") { Kinds = [.. kinds] }));

        Assert.Equal("Rules/BuiltIn/restatement-mismatch.yml declares a rule for the claim kind 'money', and no registered kind runs it.", failure.Message);
    }

    private sealed class BeforeNobody : IClaimKind
    {
        public ClaimKind Kind { get; } = new("gauge");

        public void Setup(CheckPipelineBuilder pipeline) => pipeline
            .Mentions.InsertBefore<NoMentions>(new NoMentions())
            .Binders.BySubject(new SubjectBinding("reading"))
            .Normalizers.Add(new NoValue())
            .Rules.Add(GaugeRule, _ => new NoFindings())
            .Values.Add<GaugeClaim>((json, _) => json.WriteNullValue());
    }

    [Fact]
    public void A_source_placed_before_a_source_no_kind_adds_fails_the_build()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => CheckStages.Build(With(new BeforeNobody())));

        Assert.Equal("The claim kind 'gauge' (BeforeNobody) puts its mention source before NoMentions, which no registered kind adds.", failure.Message);
    }

    [Fact]
    public void Each_built_in_source_runs_where_its_kind_says_whatever_the_order_of_the_kinds()
    {
        var expected = new[]
        {
            typeof(MoneyMentionSource), typeof(PercentageMentionSource), typeof(DateMentionSource), typeof(QuantityMentionSource),
            typeof(DurationMentionSource), typeof(PlaceMentionSource),
        };

        var shipped = CheckStages.Default.Recognizer.Sources.Select(s => s.GetType()).Take(6);
        var reversed = CheckStages.Build(new CheckOptions([], "") { Kinds = [.. BuiltInKinds.All.Reverse()] }).Stages!.Recognizer.Sources.Select(s => s.GetType());

        Assert.Equal(expected, shipped);
        Assert.Equal(expected, reversed.Where(expected.Contains));
    }
}
