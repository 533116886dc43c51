using System.Collections.Immutable;

namespace FactCheck.Comparison;

/// <summary>A disagreement between sources about one subject's attribute, with every competing value.</summary>
public sealed record Finding(string Rule, Severity Severity, string Subject, string Attribute, string Message, ImmutableArray<ValueGroup> Values);
