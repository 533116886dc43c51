namespace FactCheck.Configuration;

/// <summary>
/// One property of a subject that sources state ("amount", kind money). <see cref="Tolerance"/>, a fraction (0.01 for
/// "1%"), replaces the comparison rule's own <c>tolerance</c> for this subject's attribute when set.
/// </summary>
public sealed record AttributeConfig(string Name, AttributeKind Kind, double? Tolerance);
