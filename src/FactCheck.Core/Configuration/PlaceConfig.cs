using System.Collections.Immutable;

namespace FactCheck.Configuration;

/// <summary>
/// A place the user names: its canonical name, other spellings and translations, its country (ISO 3166-1 alpha-2) and
/// the place that contains it. Parsed and validated; no stage reads it yet (the gazetteer of issue 3 will).
/// </summary>
public sealed record PlaceConfig(string Name, ImmutableArray<string> Aliases, string? Country, string? Within);
