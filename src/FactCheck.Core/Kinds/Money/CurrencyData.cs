using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using FactCheck.Inputs;

namespace FactCheck.Kinds.Money;

/// <summary>
/// The shipped currency file (<c>Kinds/Money/Data/currencies.yml</c>, generated from ISO 4217 and CLDR: see
/// build/data/currencies): every currency, the heads several currencies share in each language ("dollars", "livres")
/// with their readings largest economy first, and the symbols several share ("$", "£"). It is 210 KB: a YAML parser took
/// 70 to 130 ms for it, so this reads its one layout line by line (a few milliseconds), once, on first use.
/// </summary>
internal sealed class CurrencyData
{
    private static readonly Lazy<CurrencyData> Lazy = new(() => Read(EmbeddedData.Text(Path)));

    /// <summary>The embedded file's path.</summary>
    public const string Path = "Kinds/Money/Data/currencies.yml";

    private CurrencyData(FrozenDictionary<string, Currency> currencies, ImmutableArray<SharedName> shared)
    {
        Currencies = currencies;
        Shared = shared;
    }

    /// <summary>The shipped file, read once.</summary>
    public static CurrencyData Shipped => Lazy.Value;

    /// <summary>Every currency by its code.</summary>
    public FrozenDictionary<string, Currency> Currencies { get; }

    /// <summary>The heads and symbols several currencies share, in the file's order.</summary>
    public ImmutableArray<SharedName> Shared { get; }

    /// <summary>Reads the file's layout: top-level sections; in <c>currencies</c>, <c>- code: X</c> then <c>key: flow value</c> lines; elsewhere one flow mapping a line.</summary>
    public static CurrencyData Read(string text)
    {
        var currencies = new Dictionary<string, Currency>(StringComparer.Ordinal);
        var shared = ImmutableArray.CreateBuilder<SharedName>();
        Dictionary<string, object>? entry = null;
        var section = "";
        void Flush()
        {
            if (entry is not null) currencies.Add((string)entry["code"], Entry(entry));
            entry = null;
        }
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            if (line[0] != ' ')
            {
                Flush();
                section = line.TrimEnd(':');
                continue;
            }
            var content = line.TrimStart();
            var item = content.StartsWith("- ", StringComparison.Ordinal);
            if (item) content = content[2..];
            if (section != "currencies")
            {
                var at = 0;
                var map = (Dictionary<string, object>)FlowValue.Read(content, ref at);
                shared.Add(SharedOf(map, section == "ambiguous_symbols"));
                continue;
            }
            if (item) Flush();
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            var i = colon + 1;
            (entry ??= new Dictionary<string, object>(StringComparer.Ordinal))[content[..colon]] = FlowValue.Read(content, ref i);
        }
        Flush();
        return new CurrencyData(currencies.ToFrozenDictionary(StringComparer.Ordinal), shared.ToImmutable());
    }

    private static Currency Entry(Dictionary<string, object> entry)
    {
        var minor = entry.GetValueOrDefault("minor") as Dictionary<string, object>;
        return new Currency((string)entry["code"], Year(entry, "from"), Year(entry, "to"),
            ByLanguage(entry.GetValueOrDefault("names"), entry.GetValueOrDefault("qualified")),
            Strings(entry.GetValueOrDefault("before")), Strings(entry.GetValueOrDefault("after")),
            ByLanguage(minor), minor?.GetValueOrDefault("share") is string share ? decimal.Parse(share, CultureInfo.InvariantCulture) : 1m);
    }

    private static SharedName SharedOf(Dictionary<string, object> map, bool symbol)
    {
        var readings = ((List<object>)map["readings"]).Select(r => r is Dictionary<string, object> reading ? (string)reading["code"] : (string)r);
        var name = symbol ? (string)map["symbol"] : (string)map["head"];
        var @default = (string)map["default"] is var d && d != "null" ? d : null;
        return new SharedName(symbol ? null : (string)map["lang"], name, @default, [.. readings], map.GetValueOrDefault("letter") is "true");
    }

    private static int? Year(Dictionary<string, object> entry, string key) =>
        entry.GetValueOrDefault(key) is string year ? int.Parse(year, CultureInfo.InvariantCulture) : null;

    private static ImmutableArray<string> Strings(object? list) => list is List<object> items ? [.. items.Cast<string>()] : [];

    /// <summary>{en: [...], fr: [...]} maps merged: names and their qualified forms, per language.</summary>
    private static FrozenDictionary<string, ImmutableArray<string>> ByLanguage(params object?[] maps) =>
        maps.OfType<Dictionary<string, object>>().SelectMany(m => m).Where(p => p.Key.Length <= 3 && p.Value is List<object>)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.SelectMany(p => Strings(p.Value)).Distinct(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
}
