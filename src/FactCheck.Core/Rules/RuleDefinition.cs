using System.Collections.Immutable;

namespace FactCheck.Rules;

/// <summary>
/// A rule as a run uses it: its built-in file with the user's factcheck.yml applied. <see cref="Level"/> is error,
/// warning, info or off; <see cref="Parameters"/> are as written ("0.5%"), in the order of the rule file;
/// <see cref="ChangedBy"/> names the configuration file that changed the rule, or is null.
/// </summary>
public sealed record RuleDefinition(
    string Id, string Kind, string Level, string Description, ImmutableArray<string> Kinds,
    ImmutableArray<KeyValuePair<string, string>> Parameters, string? ChangedBy)
{
    /// <summary>False when the configuration turned the rule off.</summary>
    public bool Enabled => Level != "off";

    /// <summary>The fraction a percentage parameter stands for, or null when the rule does not set it.</summary>
    public double? Fraction(string key) =>
        Parameters.FirstOrDefault(p => p.Key == key) is { Value: { } text } ? Configuration.Percentage.Parse(text) : null;
}
