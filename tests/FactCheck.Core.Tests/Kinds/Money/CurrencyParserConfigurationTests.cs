using System.Collections;
using FactCheck.Kinds.Money;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace FactCheck.Core.Tests.Kinds.Money;

/// <summary>
/// The money recognizer's model is built with FactCheck's own parser configuration, which builds the library's unused number
/// extractor only when read: every setting must be the library's, and the model must read money as the library's does.
/// </summary>
public sealed class CurrencyParserConfigurationTests
{
    public static TheoryData<string> Cultures => [Culture.English, Culture.French];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_setting_is_the_library_s(string culture)
    {
        BaseNumberWithUnitParserConfiguration library = culture == Culture.French
            ? new Microsoft.Recognizers.Text.NumberWithUnit.French.CurrencyParserConfiguration()
            : new Microsoft.Recognizers.Text.NumberWithUnit.English.CurrencyParserConfiguration();
        var own = new RecognizersTextSource.CurrencyParserConfiguration(culture);
        foreach (var property in typeof(BaseNumberWithUnitParserConfiguration).GetProperties())
        {
            var (expected, actual) = (property.GetValue(library), property.GetValue(own));
            switch (expected)
            {
                case IDictionary dictionary:
                    Assert.Equal(Entries(dictionary), Entries((IDictionary)actual!));
                    break;
                case IEnumerable list and not string:
                    Assert.Equal(list.Cast<object>(), ((IEnumerable)actual!).Cast<object>());
                    break;
                case IParser parser:
                    Assert.Equal(parser.GetType(), actual!.GetType());
                    break;
                case IExtractor extractor:
                    Assert.Same(extractor, actual); // the library's own instance, cached per culture and mode
                    break;
                default:
                    Assert.Equal(expected, actual);
                    break;
            }
        }
    }

    [Theory]
    [InlineData("en-us", "It paid five hundred rupees, INR 500 and $3.5 million, then 2 dollars 50 cents for 1,000 billion yen.")]
    [InlineData("en-us", "A hundred million dollars, twelve thousand pounds sterling and 3 kwacha; the dollar fell to 1.85.")]
    [InlineData("fr-fr", "Un milliard et demi de dollars, douze millions de dollars et mille milliards d'euros.")]
    [InlineData("fr-fr", "Il a payé 300 milliards de roupies, 5 francs suisses, 3 dollars 50 et deux tiers de dinar; ses trois fils.")]
    public void The_model_reads_as_the_library_s(string culture, string text)
    {
        var library = new NumberWithUnitRecognizer(culture, NumberWithUnitOptions.None, lazyInitialization: true).GetCurrencyModel();
        var own = RecognizersTextSource.BuildCurrencyModel(culture);
        Assert.Equal(Readings(library.Parse(text)), Readings(own.Parse(text)));
    }

    private static List<string> Entries(IDictionary dictionary)
    {
        var entries = new List<string>();
        for (var entry = dictionary.GetEnumerator(); entry.MoveNext();) entries.Add($"{entry.Key}={entry.Value}");
        entries.Sort(System.StringComparer.Ordinal);
        return entries;
    }

    private static List<string> Readings(List<ModelResult> results) =>
        [.. results.Select(r => $"{r.Start}-{r.End} {r.Text} {string.Join(",", r.Resolution.Select(kv => $"{kv.Key}:{kv.Value}"))}")];
}
