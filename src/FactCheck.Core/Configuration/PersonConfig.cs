using System.Collections.Immutable;

namespace FactCheck.Configuration;

/// <summary>
/// A person the user names: the canonical name, other forms of it ("Stoltenberg"), and the roles that stand for the person
/// ("NATO Secretary General", "le secrétaire général de l'OTAN"). Attribution normalization makes one speaker of all of them in every source.
/// </summary>
public sealed record PersonConfig(string Name, ImmutableArray<string> Aliases, ImmutableArray<string> Roles);
