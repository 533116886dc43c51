using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Mentions;
using FactCheck.Normalization;

namespace FactCheck.Alignment;

/// <summary>
/// Claims of different sources that alignment takes for statements of one fact: one kind, one measure, holder and scope.
/// <see cref="Subject"/> and <see cref="Attribute"/> name it in reports ("deaths" · "count"), <see cref="MatchedOn"/> says why
/// its claims were put together ("morts ≈ deaths · Sfax · 12 March 2021"). <see cref="Anchored"/> are the claims aligned
/// strongly (their holder named on both sides); <see cref="Alternates"/> are the same sources' other figures for the
/// measure that are presented as earlier, provisional or compared ones: a source giving an earlier and a final figure is
/// not contradicted by another source that gives one of them.
/// </summary>
public sealed record Fact(
    ClaimKind Kind, string Story, string Subject, string Attribute, ImmutableArray<NormalizedClaim> Claims, string MatchedOn,
    FrozenSet<NormalizedClaim> Anchored)
{
    /// <summary>The same sources' figures of the measure presented as another status (see the type's summary).</summary>
    public ImmutableArray<NormalizedClaim> Alternates { get; init; } = [];

    /// <summary>The strength of the alignment between the claims of two sides: strong when each side holds an anchored claim.</summary>
    public AlignmentStrength StrengthBetween(IEnumerable<NormalizedClaim> side, IEnumerable<NormalizedClaim> other) =>
        side.Any(Anchored.Contains) && other.Any(Anchored.Contains) ? AlignmentStrength.Strong : AlignmentStrength.Medium;
}
