using System.Collections.Immutable;

namespace FactCheck.Configuration;

/// <summary>One key of a rule and its value: a scalar (<see cref="Text"/>) or a list (<see cref="Items"/>), with its line.</summary>
public sealed record RuleSetting(string Key, string? Text, ImmutableArray<string> Items, int Line);
