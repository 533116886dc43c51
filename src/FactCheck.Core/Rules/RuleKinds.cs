using System.Collections.Frozen;

namespace FactCheck.Rules;

/// <summary>
/// The kinds a rule file can extend, and the parameters each takes. A user's factcheck.yml may set a rule's level and
/// these parameters; the keys that say what a rule is (extends, kinds, description) belong to its built-in file.
/// </summary>
internal static class RuleKinds
{
    /// <summary>Every kind, with its parameters; all of them are percentages.</summary>
    public static readonly FrozenDictionary<string, string[]> Parameters = new Dictionary<string, string[]>
    {
        ["conflict"] = ["tolerance", "round-tolerance", "about"],
        ["restatement"] = ["rate-band"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The keys only a built-in rule file may set.</summary>
    public static readonly string[] FileKeys = ["extends", "kinds", "summary", "description"];
}
