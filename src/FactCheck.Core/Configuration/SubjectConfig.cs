using System.Collections.Immutable;

namespace FactCheck.Configuration;

/// <summary>
/// A subject of claims: its stable id, the English and French words that name it, and the attributes sources state about
/// it. A subject with no declared attribute takes every kind of claim under its default name (money: "amount").
/// </summary>
public sealed record SubjectConfig(string Id, ImmutableArray<string> English, ImmutableArray<string> French, ImmutableArray<AttributeConfig> Attributes);
