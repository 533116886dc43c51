using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using EnglishCurrency = Microsoft.Recognizers.Text.NumberWithUnit.English.CurrencyExtractorConfiguration;
using EnglishDimensions = Microsoft.Recognizers.Text.NumberWithUnit.English.DimensionExtractorConfiguration;
using EnglishNumbers = Microsoft.Recognizers.Text.Number.English;
using EnglishUnits = Microsoft.Recognizers.Definitions.English.NumbersWithUnitDefinitions;
using FrenchCurrency = Microsoft.Recognizers.Text.NumberWithUnit.French.CurrencyExtractorConfiguration;
using FrenchDimensions = Microsoft.Recognizers.Text.NumberWithUnit.French.DimensionExtractorConfiguration;
using FrenchNumbers = Microsoft.Recognizers.Text.Number.French;
using FrenchUnits = Microsoft.Recognizers.Definitions.French.NumbersWithUnitDefinitions;

namespace FactCheck.Kinds.Money;

internal static partial class RecognizersTextSource
{
    /// <summary>
    /// The currency model the library's <c>NumberWithUnitRecognizer</c> builds for <paramref name="culture"/> (English or
    /// French): one merged extractor and its parser, the parser's configuration being <see cref="CurrencyParserConfiguration"/>.
    /// </summary>
    internal static IModel BuildCurrencyModel(string culture) => new CurrencyModel(new Dictionary<IExtractor, IParser>
    {
        [new BaseMergedUnitExtractor(IsFrench(culture) ? new FrenchCurrency() : new EnglishCurrency())] = new BaseMergedUnitParser(new CurrencyParserConfiguration(culture)),
    });

    private static bool IsFrench(string culture) => string.Equals(culture, Culture.French, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The library's currency parser configuration of a culture (its <c>English.CurrencyParserConfiguration</c> and
    /// <c>French.CurrencyParserConfiguration</c>, the same settings from the same definitions), but for its number
    /// extractor, built on first read. The library's constructor builds one (the culture's <c>NumberExtractor</c> in its
    /// default mode) that no parser of the library 1.8.13 reads (the extractor side has its own, in unit mode); the French
    /// one parses the fraction regexes of 120–130 KB again: building the French currency model allocated 45.5 MB, 26.9 MB
    /// without it, and building the models took 0.45–0.64 % of a check's samples outside collections, 0.23–0.27 % without
    /// it (perf of 08e02fd and of this change). Read, it is the library's own instance (cached by the library per mode).
    /// The test that compares every property with the library's configuration holds them equal.
    /// </summary>
    internal sealed class CurrencyParserConfiguration : BaseNumberWithUnitParserConfiguration
    {
        private readonly Lazy<IExtractor> numberExtractor;

        public CurrencyParserConfiguration(string culture)
            : base(new CultureInfo(IsFrench(culture) ? Culture.French : Culture.English))
        {
            // As the library's constructors: the culture's own number options, its default mode and placeholder.
            var options = new BaseNumberOptionsConfiguration(CultureInfo.Name, NumberOptions.None, NumberMode.Default, @"(?=\D)|\b");
            if (IsFrench(culture))
            {
                numberExtractor = new(() => FrenchNumbers.NumberExtractor.GetInstance(options));
                InternalNumberParser = AgnosticNumberParserFactory.GetParser(AgnosticNumberParserType.Number, new FrenchNumbers.FrenchNumberParserConfiguration(options));
                ConnectorToken = "de "; // the library's French parser's own token (1.8.13), with its space: its definitions give "de"
                TypeList = FrenchDimensions.DimensionTypeList;
                BindDictionary(FrenchCurrency.CurrencySuffixList);
                BindDictionary(FrenchCurrency.CurrencyPrefixList);
                CurrencyNameToIsoCodeMap = FrenchUnits.CurrencyNameToIsoCodeMap;
                CurrencyFractionCodeList = FrenchUnits.FractionalUnitNameToCodeMap;
            }
            else
            {
                numberExtractor = new(() => EnglishNumbers.NumberExtractor.GetInstance(options));
                InternalNumberParser = AgnosticNumberParserFactory.GetParser(AgnosticNumberParserType.Number, new EnglishNumbers.EnglishNumberParserConfiguration(options));
                ConnectorToken = string.Empty;
                TypeList = EnglishDimensions.DimensionTypeList;
                BindDictionary(EnglishCurrency.CurrencySuffixList);
                BindDictionary(EnglishCurrency.CurrencyPrefixList);
                CurrencyNameToIsoCodeMap = EnglishUnits.CurrencyNameToIsoCodeMap;
                MultiplierIsoCodeList = [.. EnglishCurrency.IsoCodeWithMutiplierDict.Values];
                CurrencyFractionCodeList = EnglishUnits.FractionalUnitNameToCodeMap;
            }
        }

        public override IParser InternalNumberParser { get; }

        public override IExtractor InternalNumberExtractor => numberExtractor.Value;

        public override string ConnectorToken { get; }

        public override IDictionary<string, string> TypeList { get; set; }
    }
}
