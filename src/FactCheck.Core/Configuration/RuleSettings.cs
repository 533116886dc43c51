using System.Collections.Immutable;

namespace FactCheck.Configuration;

/// <summary>
/// A rule as a YAML file states it: a built-in rule file (<c>Rules/BuiltIn/&lt;id&gt;.yml</c>) or an entry of factcheck.yml's
/// <c>rules</c>, which has the same keys. Only the shape is checked here; which keys a rule accepts depends on its kind
/// and is checked where rules are built (<c>Rules/RuleSet</c>). <see cref="File"/> and <see cref="Line"/> say where it was written.
/// </summary>
public sealed record RuleSettings(string Id, string File, int Line, ImmutableArray<RuleSetting> Values)
{
    /// <summary>The value of <paramref name="key"/>, if the rule sets it.</summary>
    public RuleSetting? this[string key] => Values.FirstOrDefault(v => v.Key == key);
}
