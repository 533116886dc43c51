using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using FactCheck.Configuration;
using FactCheck.Inputs;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Kinds.Money;

/// <summary>
/// Reference rates, units of a currency for one euro per year: the built-in table (<c>Kinds/Money/rates.yml</c>),
/// extended or overridden by the <c>rates</c> of a factcheck.yml.
/// </summary>
public sealed class ExchangeRates
{
    private readonly FrozenDictionary<(int Year, string Currency), double> table;
    private readonly FrozenDictionary<string, ImmutableArray<int>> yearsOf;
    private readonly int firstYear;
    private readonly int lastYear;

    /// <summary>The table shipped with the library.</summary>
    public static readonly ExchangeRates Default = Load();

    private ExchangeRates(Dictionary<(int Year, string Currency), double> rates, string origin)
    {
        table = rates.ToFrozenDictionary();
        yearsOf = rates.Keys.GroupBy(k => k.Currency, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(k => k.Year).Order().ToImmutableArray(), StringComparer.Ordinal);
        (firstYear, lastYear, Origin) = (rates.Keys.Min(k => k.Year), rates.Keys.Max(k => k.Year), origin);
    }

    /// <summary>Where the figures come from, as the data file cites it.</summary>
    public string Origin { get; }

    /// <summary>
    /// Units of <paramref name="currency"/> for one euro in the year nearest to <paramref name="year"/> that the table has for
    /// that currency, or null when the table has no such currency.
    /// </summary>
    public (double PerEuro, int Year)? Rate(string currency, int year)
    {
        if (currency == "EUR") return (1.0, Math.Clamp(year, firstYear, lastYear));
        if (!yearsOf.TryGetValue(currency, out var years)) return null;
        var nearest = Math.Clamp(year, years[0], years[^1]);
        if (table.TryGetValue((nearest, currency), out var rate)) return (rate, nearest);
        // A year inside a currency's gap (rates given for 2020 and 2024 only): the closer one, the earlier on a tie.
        var after = ~ImmutableArray.BinarySearch(years, nearest);
        nearest = nearest - years[after - 1] <= years[after] - nearest ? years[after - 1] : years[after];
        return (table[(nearest, currency)], nearest);
    }

    /// <summary>The table extended by <paramref name="config"/>'s rates (the shipped instance itself when it declares none).</summary>
    public static ExchangeRates Build(FactCheckConfig config)
    {
        if (config.Rates.IsEmpty) return Default;
        var rates = Default.table.ToDictionary();
        foreach (var rate in config.Rates) rates[(rate.Year, rate.Currency)] = rate.PerEuro;
        return new ExchangeRates(rates, $"{Default.Origin}; with rates from {config.File}");
    }

    private static ExchangeRates Load()
    {
        var root = EmbeddedData.Load("Kinds/Money/rates.yml");
        var currencies = root.Strings("currencies").ToArray();
        var rates = new Dictionary<(int, string), double>();
        if (root.Child("years") is YamlMappingNode table)
        {
            foreach (var (key, value) in table.Children)
            {
                var year = int.Parse(((YamlScalarNode)key).Value!, CultureInfo.InvariantCulture);
                var row = ((YamlSequenceNode)value).Children;
                for (var i = 0; i < currencies.Length; i++)
                    rates[(year, currencies[i])] = double.Parse(((YamlScalarNode)row[i]).Value!, CultureInfo.InvariantCulture);
            }
        }
        return new ExchangeRates(rates, root.Scalar("source") ?? "");
    }
}
