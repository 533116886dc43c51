using System.Collections.Frozen;

namespace FactCheck.Rules;

/// <summary>A comparison rule as its YAML file declares it (<c>Rules/BuiltIn/*.yml</c>, <c>extends: conflict</c>), with a user's settings applied.</summary>
public sealed record ConflictRule(string Id, string Level, string Description, double Tolerance, double RoundTolerance, double About, double RateBand)
{
    /// <summary>Tolerances that factcheck.yml gives one subject's attribute (<c>subjects[].attributes[].tolerance</c>), replacing <see cref="Tolerance"/> for it.</summary>
    public FrozenDictionary<(string Subject, string Attribute), double> SubjectTolerances { get; init; } = FrozenDictionary<(string, string), double>.Empty;

    /// <summary>The tolerance for claims about <paramref name="subject"/>'s <paramref name="attribute"/>.</summary>
    public double ToleranceFor(string? subject, string? attribute) =>
        subject is not null && attribute is not null && SubjectTolerances.TryGetValue((subject, attribute), out var tolerance) ? tolerance : Tolerance;

    /// <summary>The rule a definition describes; parameters it does not set keep the values FactCheck was designed with.</summary>
    public static ConflictRule From(RuleDefinition definition) =>
        new(definition.Id, definition.Level, definition.Description,
            definition.Fraction("tolerance") ?? 0.005, definition.Fraction("round-tolerance") ?? 0.025, definition.Fraction("about") ?? 0.10,
            definition.Fraction("rate-band") ?? 0);
}
