using System.Collections.Frozen;
using System.Globalization;
using FactCheck.Rules;

namespace FactCheck.Normalization;

/// <summary>The built-in table of reference rates (<c>Normalization/Data/rates.yml</c>): units of a currency for one euro, per year.</summary>
public sealed class ExchangeRates
{
    private readonly FrozenDictionary<(int Year, string Currency), double> perEuro;
    private readonly int firstYear;
    private readonly int lastYear;

    /// <summary>The table shipped with the library.</summary>
    public static readonly ExchangeRates Default = Load();

    private ExchangeRates(Dictionary<(int, string), double> rates, int first, int last, string origin)
    {
        perEuro = rates.ToFrozenDictionary();
        (firstYear, lastYear, Origin) = (first, last, origin);
    }

    /// <summary>Where the figures come from, as the data file cites it.</summary>
    public string Origin { get; }

    /// <summary>Units of <paramref name="currency"/> for one euro in the table's year nearest to <paramref name="year"/>, or null when the table has no such currency.</summary>
    public (double PerEuro, int Year)? Rate(string currency, int year)
    {
        if (currency == "EUR") return (1.0, Math.Clamp(year, firstYear, lastYear));
        var nearest = Math.Clamp(year, firstYear, lastYear);
        return perEuro.TryGetValue((nearest, currency), out var rate) ? (rate, nearest) : null;
    }

    private static ExchangeRates Load()
    {
        var root = EmbeddedData.Load("Normalization/Data/rates.yml");
        var currencies = root.Strings("currencies").ToArray();
        var rates = new Dictionary<(int, string), double>();
        var years = new List<int>();
        if (root.Child("years") is YamlDotNet.RepresentationModel.YamlMappingNode table)
        {
            foreach (var (key, value) in table.Children)
            {
                var year = int.Parse(((YamlDotNet.RepresentationModel.YamlScalarNode)key).Value!, CultureInfo.InvariantCulture);
                years.Add(year);
                var row = ((YamlDotNet.RepresentationModel.YamlSequenceNode)value).Children;
                for (var i = 0; i < currencies.Length; i++)
                    rates[(year, currencies[i])] = double.Parse(((YamlDotNet.RepresentationModel.YamlScalarNode)row[i]).Value!, CultureInfo.InvariantCulture);
            }
        }
        return new ExchangeRates(rates, years.Min(), years.Max(), root.Scalar("source") ?? "");
    }
}
