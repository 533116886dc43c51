using System.Collections.Immutable;
using FactCheck.Alignment;

namespace FactCheck.Comparison;

/// <summary>A disagreement about one subject's attribute (between sources, or inside one sentence), with every competing value. <see cref="Subject"/> is null for a claim with no subject.</summary>
public sealed record Finding(string Rule, Severity Severity, string? Subject, string Attribute, string Message, ImmutableArray<ValueGroup> Values)
{
    /// <summary>The aligned fact the finding compares, when alignment put its claims together.</summary>
    public Fact? Fact { get; init; }

    /// <summary>The id of the story the finding is in ("S1").</summary>
    public string? Story { get; init; }

    /// <summary>Why the finding's claims were put together: the fact's <see cref="Alignment.Fact.MatchedOn"/>, or what the rule matched them on.</summary>
    public string? MatchedOn { get; init; }
}
