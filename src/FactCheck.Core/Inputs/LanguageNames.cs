using System.Collections.Immutable;

namespace FactCheck.Inputs;

/// <summary>
/// The names an entry of a data file or of factcheck.yml gives in one language (<c>fr: [fonds]</c>): the key is the
/// code of a language pack, so a third language adds keys, not fields. <see cref="Line"/> is where the key is written.
/// </summary>
public sealed record LanguageNames(string Language, ImmutableArray<string> Words, int Line);
