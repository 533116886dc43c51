using System.Collections.Immutable;

namespace FactCheck.Configuration;

/// <summary>
/// A place the user names: its canonical name, other spellings and translations, its country (ISO 3166-1 alpha-2) and
/// the place that contains it (an id of the gazetteer, or a name it knows). The gazetteer adds it as a city.
/// </summary>
public sealed record PlaceConfig(string Name, ImmutableArray<string> Aliases, string? Country, string? Within);
