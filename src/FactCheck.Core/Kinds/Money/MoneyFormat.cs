using System.Globalization;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Money;

/// <summary>Writes amounts the way an editor reads them: "€100bn", "$21.6bn", "about £17bn", "€300m", "$2bn–3bn".</summary>
public static class MoneyFormat
{
    private static readonly Dictionary<string, string> Symbols = new() { ["EUR"] = "€", ["USD"] = "$", ["GBP"] = "£", ["JPY"] = "¥" };

    /// <summary>The figure of <paramref name="money"/> in its own currency, with its hedge.</summary>
    public static string Display(MoneyMention money)
    {
        var amount = Range(money.Low, money.High, money.Currency);
        return FigureFormat.Hedge(money.Qualifier) + amount;
    }

    /// <summary>"€2bn–3bn" for a range, "€2bn" when both ends are one amount.</summary>
    public static string Range(decimal low, decimal high, string? currency) =>
        low == high ? Amount(low, currency) : $"{Amount(low, currency)}–{Scaled(high)}";

    /// <summary>"€98.9bn": an amount in a currency, to three significant digits.</summary>
    public static string Amount(decimal value, string? currency)
    {
        var scaled = Scaled(value);
        if (currency is null) return scaled + " (no currency)";
        return Symbols.TryGetValue(currency, out var symbol) ? symbol + scaled : scaled + " " + currency;
    }

    private static string Scaled(decimal value)
    {
        var (divisor, suffix) = Math.Abs(value) switch
        {
            >= 1e12m => (1e12m, "tn"),
            >= 1e9m => (1e9m, "bn"),
            >= 1e6m => (1e6m, "m"),
            _ => (1m, ""),
        };
        var scaled = value / divisor;
        var rounded = Math.Round(scaled, scaled >= 100 ? 0 : scaled >= 10 ? 1 : Math.Abs(scaled) >= 1 ? 2 : BelowOne(scaled), MidpointRounding.AwayFromZero);
        return rounded.ToString(suffix.Length == 0 ? "#,0.######" : "0.##", CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>
    /// The decimals that keep three significant digits of an amount below one ("7.1 cts vs 6.6 cts" is $0.071 and $0.066,
    /// not $0.07 twice: two sides of a conflict must not read alike), at most six.
    /// </summary>
    private static int BelowOne(decimal scaled)
    {
        var size = Math.Abs(scaled);
        if (size == 0) return 0;
        var leadingZeros = -(int)Math.Floor(Math.Log10((double)size)) - 1;
        return Math.Min(6, leadingZeros + 3);
    }
}
