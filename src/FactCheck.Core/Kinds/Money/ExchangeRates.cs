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

    private static ExchangeRates Load() => EmbeddedData.Read("Kinds/Money/rates.yml", (nodes, root) =>
    {
        var rates = new Dictionary<(int, string), double>();
        if (nodes.Mapping(root, "", "source", "currencies", "years") is not { } map) return new ExchangeRates(rates, "");
        var currencies = nodes.Words(nodes.Required(map, "currencies", ""), "currencies");
        foreach (var (key, value) in (nodes.Required(map, "years", "") as YamlMappingNode)?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            var where = $"years.{key}";
            var row = nodes.Words(value, where);
            if (!int.TryParse((key as YamlScalarNode)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                nodes.Fail(key, $"{where}: a year must be written as a number (2024)");
            else if (row.Length != currencies.Length)
                nodes.Fail(value, $"{where} gives {row.Length} rates for {currencies.Length} currencies");
            else
                for (var i = 0; i < currencies.Length; i++)
                    if (double.TryParse(row[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var perEuro) && perEuro > 0) rates[(year, currencies[i])] = perEuro;
                    else nodes.Fail(value, $"{where}[{i}]: '{row[i]}' is not a rate (units of {currencies[i]} for one euro)");
        }
        return new ExchangeRates(rates, nodes.Text(nodes.Required(map, "source", ""), "source") ?? "");
    });
}
