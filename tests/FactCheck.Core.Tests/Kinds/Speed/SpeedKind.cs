using FactCheck.Binding;
using FactCheck.Comparison;
using FactCheck.Kinds.Quantity;
using FactCheck.Mentions;
using FactCheck.Pipeline;
using FactCheck.Rules;

namespace FactCheck.Core.Tests.Kinds.Speed;

/// <summary>
/// Speeds ("120 km/h", "30 knots", "75 nœuds"): a claim kind added from outside the library, the way a Markdig user adds
/// an extension. It registers its source, binding, normalizer, rule and JSON value; a run takes it with
/// <c>Kinds = [.. BuiltInKinds.All, new SpeedKind()]</c>.
/// </summary>
public sealed class SpeedKind : IClaimKind
{
    /// <summary>The kind, named as reports and factcheck.yml name it.</summary>
    public static readonly ClaimKind Speed = new("speed") { TakesTolerance = true };

    /// <summary>The rule the kind brings, with its rule file.</summary>
    private static readonly RuleFile Conflict = new("speed-conflict", "Kinds/Speed/speed-conflict.yml", """
        extends: conflict
        level: error
        kinds: [speed]
        description: "Sources give one thing different speeds, allowing for rounding and hedges."
        tolerance: 0%
        round-tolerance: 2.5%
        about: 10%
        """);

    /// <inheritdoc/>
    public ClaimKind Kind => Speed;

    /// <inheritdoc/>
    public void Setup(CheckPipelineBuilder pipeline) => pipeline
        .Mentions.InsertBefore<QuantityMentionSource>(_ => new SpeedMentionSource()) // "120 km/h" is a speed, not 120 of something
        .Binders.BySubject(new SubjectBinding("speed") { Reach = _ => 60, InClause = true })
        .Normalizers.Add(context => new SpeedNormalizer(context.Rules.Conflict(Conflict.Id)))
        .Rules.Add(Conflict, context => new RangeConflictCheck(context.Rules.Conflict(Conflict.Id), Speed))
        .Values.Add<SpeedClaim>(SpeedValueJson.Write);
}
