using System.Collections.Immutable;
using System.Globalization;
using FactCheck.Configuration;

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
    /// <summary>One line on what the rule checks (the file's <c>summary</c>, or its description).</summary>
    public string Summary { get; init; } = Description;

    /// <summary>The keys only the rule's file may set, as written there (attribution-conflict's matching thresholds).</summary>
    public ImmutableArray<RuleSetting> FileSettings { get; init; } = [];

    /// <summary>False when the configuration turned the rule off.</summary>
    public bool Enabled => Level != "off";

    /// <summary>The fraction a percentage parameter stands for, or null when the rule does not set it.</summary>
    public double? Fraction(string key) =>
        Parameters.FirstOrDefault(p => p.Key == key) is { Value: { } text } ? Percentage.Parse(text) : null;

    /// <summary>The number the rule's file gives <paramref name="key"/>, or null.</summary>
    public double? FileNumber(string key) =>
        FileSettings.FirstOrDefault(s => s.Key == key) is { Text: { } text } ? double.Parse(text, CultureInfo.InvariantCulture) : null;

    /// <summary>The text the rule's file gives <paramref name="key"/>, or null.</summary>
    public string? FileText(string key) => FileSettings.FirstOrDefault(s => s.Key == key)?.Text;
}
