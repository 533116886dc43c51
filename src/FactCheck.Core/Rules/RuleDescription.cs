using System.Collections.Immutable;
using FactCheck.Inputs;

namespace FactCheck.Rules;

/// <summary>
/// What a rule is called and checks, as its YAML file says (<c>summary</c>, <c>description</c>, <c>level</c>): what reports
/// print about the rule itself, whatever the rule's kind.
/// </summary>
public sealed record RuleDescription(string Id, string Level, string Summary, string Description)
{
    private const string Prefix = "FactCheck.Rules.BuiltIn.";

    /// <summary>Every built-in rule (<c>Rules/BuiltIn/*.yml</c>, the file name being the id), sorted by id.</summary>
    public static ImmutableArray<RuleDescription> BuiltIn { get; } =
    [
        .. typeof(RuleDescription).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".yml", StringComparison.Ordinal))
            .Select(name => name[Prefix.Length..^".yml".Length])
            .Order(StringComparer.Ordinal)
            .Select(Read),
    ];

    private static RuleDescription Read(string id)
    {
        var node = EmbeddedData.Load($"Rules/BuiltIn/{id}.yml");
        var description = node.Scalar("description") ?? "";
        return new RuleDescription(id, node.Scalar("level") ?? "error", node.Scalar("summary") ?? description, description);
    }
}
