using System.Collections.Immutable;

namespace FactCheck.Kinds.Money;

/// <summary>
/// A name or symbol several currencies share: "dollars" (USD, CAD, AUD...), "livres" (GBP, LBP, EGP...), "$", "£". Its
/// readings are largest economy first; <see cref="Default"/> is the one a reader takes with nothing else to go on (null
/// when no currency stands out: "marks", "pesos", "dinars"). <see cref="Language"/> is null for a symbol.
/// </summary>
internal sealed record SharedName(string? Language, string Name, string? Default, ImmutableArray<string> Readings, bool Letter);
