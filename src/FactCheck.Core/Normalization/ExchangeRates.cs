using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using FactCheck.Configuration;
using FactCheck.Rules;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Normalization;

/// <summary>
/// Reference rates, units of a currency for one euro per year: the built-in table (<c>Normalization/Data/rates.yml</c>),
/// extended or overridden by the <c>rates</c> of a factcheck.yml.
/// </summary>
public sealed class ExchangeRates
{
    private readonly FrozenDictionary<string, ImmutableSortedDictionary<int, double>> perEuro;
    private readonly int firstYear;
    private readonly int lastYear;
    private readonly Dictionary<(int Year, string Currency), double> table;

    /// <summary>The table shipped with the library.</summary>
    public static readonly ExchangeRates Default = Load();

    private ExchangeRates(Dictionary<(int Year, string Currency), double> rates, string origin)
    {
        perEuro = rates.GroupBy(r => r.Key.Currency, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableSortedDictionary(r => r.Key.Year, r => r.Value), StringComparer.Ordinal);
        (firstYear, lastYear, Origin) = (rates.Keys.Min(k => k.Year), rates.Keys.Max(k => k.Year), origin);
        table = rates;
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
        if (!perEuro.TryGetValue(currency, out var years)) return null;
        if (years.TryGetValue(year, out var exact)) return (exact, year);
        var nearest = years.Keys.MinBy(y => (Math.Abs((long)y - year), y));
        return (years[nearest], nearest);
    }

    /// <summary>The table extended by <paramref name="config"/>'s rates (the shipped instance itself when it declares none).</summary>
    public static ExchangeRates Build(FactCheckConfig config)
    {
        if (config.Rates.IsEmpty) return Default;
        var rates = new Dictionary<(int, string), double>(Default.table);
        foreach (var rate in config.Rates) rates[(rate.Year, rate.Currency)] = rate.PerEuro;
        return new ExchangeRates(rates, $"{Default.Origin}; with rates from {config.File}");
    }

    private static ExchangeRates Load()
    {
        var root = EmbeddedData.Load("Normalization/Data/rates.yml");
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
