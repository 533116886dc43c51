namespace FactCheck.Configuration;

/// <summary>
/// One property of a subject that sources state ("amount", kind money). <see cref="Kind"/> is a kind's name as reports
/// write it; the stages check it against the kinds they run, and that its kind takes a tolerance when one is given.
/// <see cref="Tolerance"/>, a fraction (0.01 for "1%"), replaces the comparison rule's own <c>tolerance</c> for this
/// subject's attribute when set. <see cref="Where"/> ("subjects[2].attributes[0]"), <see cref="KindLine"/> and
/// <see cref="ToleranceLine"/> place it in the file.
/// </summary>
public sealed record AttributeConfig(string Name, string Kind, double? Tolerance, string Where, int KindLine, int ToleranceLine);
