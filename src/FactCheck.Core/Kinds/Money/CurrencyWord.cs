using System.Collections.Immutable;

namespace FactCheck.Kinds.Money;

/// <summary>
/// What a currency word, symbol or code written beside a figure means. <see cref="Code"/> is its reading with nothing
/// else to go on; a <see cref="Shared"/> word ("dollars", "$", "livres", "cents") may mean any of <see cref="Readings"/>,
/// and the sentence or the source's date may say which ("40 mln Canadian dlrs and 6 dlrs a share": Canadian dollars).
/// A minor unit ("cents", "centimes", "p") counts <see cref="Share"/> of its currency; a <see cref="Weak"/> word ("won",
/// "real", "livres") is mostly something else and is read only where the figure shows it is money.
/// </summary>
internal sealed record CurrencyWord(string Code, ImmutableArray<string> Readings, decimal Share = 1m, bool Shared = false)
{
    /// <summary>Mostly another word ("won", "livres"): money only after a scale word, with decimals or joined by a hyphen.</summary>
    public bool Weak { get; init; }

    /// <summary>An ISO code ("ALL", "TRY", "CUP" are also words): only as written, in capitals.</summary>
    public bool CaseSensitive { get; init; }

    /// <summary>A word that is one currency's alone.</summary>
    public static CurrencyWord Of(string code) => new(code, [code]);
}
