using System.Collections.Immutable;

namespace FactCheck.Comparison;

/// <summary>A disagreement about one subject's attribute (between sources, or inside one sentence), with every competing value. <see cref="Subject"/> is null for a claim with no subject.</summary>
public sealed record Finding(string Rule, Severity Severity, string? Subject, string Attribute, string Message, ImmutableArray<ValueGroup> Values);
