using FactCheck.Inputs;
using FactCheck.Kinds.Money;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>The shipped currency file, read by its own line reader, says what a YAML parser reads in it.</summary>
public sealed class CurrencyFileTests
{
    [Fact]
    public void The_line_reader_reads_the_shipped_file_as_a_yaml_parser_does()
    {
        var text = EmbeddedData.Text(CurrencyData.Path);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var entries = ((YamlSequenceNode)root["currencies"]).Children.Cast<YamlMappingNode>().ToList();

        var data = CurrencyData.Read(text);

        Assert.Equal(entries.Count, data.Currencies.Count);
        foreach (var entry in entries)
        {
            var currency = data.Currencies[Scalar(entry, "code")!];
            Assert.Equal(List(entry, "before"), currency.Before);
            Assert.Equal(List(entry, "after"), currency.After);
            Assert.Equal(Scalar(entry, "to"), currency.To?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var language in new[] { "en", "fr" })
                Assert.Equal(Names(entry, "names", language).Concat(Names(entry, "qualified", language)).Distinct(), currency.Names.GetValueOrDefault(language, []));
        }
        Assert.Equal(((YamlSequenceNode)root["shared"]).Children.Count + ((YamlSequenceNode)root["ambiguous_symbols"]).Children.Count, data.Shared.Length);
    }

    [Fact]
    public void Every_currency_iso_4217_lists_is_in_the_file()
    {
        var codes = CurrencyData.Shipped.Currencies;

        Assert.True(codes.Count >= 300, $"{codes.Count} currencies");
        Assert.All(new[] { "EUR", "USD", "NZD", "HKD", "LBP", "XOF", "KRW", "DEM", "FRF", "IEP" }, code => Assert.True(codes.ContainsKey(code), code));
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static IEnumerable<string> List(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlSequenceNode)value).Children.Select(c => ((YamlScalarNode)c).Value!) : [];

    private static IEnumerable<string> Names(YamlMappingNode node, string key, string language) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? List((YamlMappingNode)value, language) : [];
}
