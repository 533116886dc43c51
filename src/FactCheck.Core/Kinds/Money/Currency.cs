using System.Collections.Frozen;
using System.Collections.Immutable;

namespace FactCheck.Kinds.Money;

/// <summary>
/// One currency of ISO 4217, or a historic one news archives name, as the shipped currency file gives it: when it was in
/// use, its names in each language (the country forms that decide a shared name included), what is written before and
/// after a figure in it (symbols, codes, news abbreviations), and its minor unit (cents, centimes, pence).
/// </summary>
internal sealed record Currency(
    string Code, int? From, int? To,
    FrozenDictionary<string, ImmutableArray<string>> Names,
    ImmutableArray<string> Before, ImmutableArray<string> After,
    FrozenDictionary<string, ImmutableArray<string>> MinorNames, decimal MinorShare)
{
    /// <summary>True when the currency was in use in <paramref name="year"/> ("marks" in 1987 are Deutsche Marks).</summary>
    public bool InUse(int year) => (From is not { } from || from <= year) && (To is not { } to || year <= to);
}
