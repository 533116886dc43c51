using System.Collections.Immutable;
using FactCheck.Inputs;

namespace FactCheck.Rules;

/// <summary>
/// The YAML that declares one rule (<c>extends</c>, <c>level</c>, <c>kinds</c>, its description and parameters). The file
/// name is the rule's id; <see cref="Path"/> is what an error about it names. FactCheck ships <see cref="BuiltIn"/>; a kind
/// added by a library user brings its own.
/// </summary>
public sealed record RuleFile(string Id, string Path, string Text)
{
    private const string Folder = "Rules/BuiltIn";

    /// <summary>The rule files shipped in <c>Rules/BuiltIn</c>, sorted by id.</summary>
    public static ImmutableArray<RuleFile> BuiltIn { get; } =
        [.. EmbeddedData.FileNames(Folder).Select(id => new RuleFile(id, $"{Folder}/{id}.yml", EmbeddedData.Text($"{Folder}/{id}.yml")))];
}
