using System.Collections.Frozen;
using FactCheck.Kinds.Attribution;

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
        ["conflict"] = ["tolerance", "round-tolerance", "about", "rate-band"],
        ["restatement"] = ["rate-band"],
        ["attribution"] = [],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The keys only a built-in rule file may set: what a rule is, and the tuning of attribution-conflict's text matching
    /// (read by <see cref="AttributionRule"/>), which a user can turn off or re-level but not retune.
    /// </summary>
    public static readonly string[] FileKeys =
    [
        "extends", "kinds", "summary", "description",
        "cross-language-level", "min-words", "jaccard", "containment", "min-shared", "cross-overlap", "cross-overlap-of-longer",
        "cross-shared", "cross-language-days", "index-cap", "min-saying-words", "saying-wording",
    ];
}
