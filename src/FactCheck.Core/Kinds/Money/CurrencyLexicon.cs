using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Inputs;
using FactCheck.Languages;

namespace FactCheck.Kinds.Money;

/// <summary>
/// The currencies FactCheck reads itself: their symbols and codes from the shipped data file <c>Kinds/Money/currencies.yml</c>,
/// their names from each language's pack (<c>currency-names</c>). One lexicon per language, built once.
/// </summary>
internal sealed partial class CurrencyLexicon
{
    private static readonly Lazy<(List<(string Written, string Code)> Before, List<(string Written, string Code)> After)> Symbols = new(ReadSymbols);

    private readonly FrozenDictionary<string, string> codes;

    private CurrencyLexicon(LanguagePack language)
    {
        var (before, after) = Symbols.Value;
        var names = language.Meanings("currency-names", code => code.Length == 3 && code.All(char.IsAsciiLetterUpper), "an ISO 4217 code such as EUR").Select(n => (Written: n.Key, Code: n.Value)).ToList();
        codes = before.Concat(after).Concat(names).DistinctBy(c => c.Written, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(c => c.Written, c => c.Code, StringComparer.OrdinalIgnoreCase);
        BeforePattern = Alternation(before.Select(c => c.Written));
        AfterPattern = Alternation(after.Select(c => c.Written));
        WordPattern = Alternation(names.Select(n => n.Written.Replace(" ", "\u0001", StringComparison.Ordinal))).Replace("\u0001", @"[\s\u00A0]+", StringComparison.Ordinal);
        Words = names.SelectMany(n => n.Written.Split(' ')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The currencies of <paramref name="language"/>.</summary>
    public static CurrencyLexicon Of(LanguagePack language) => language.Cached(typeof(CurrencyLexicon), static l => new CurrencyLexicon(l));

    /// <summary>A regex alternation of the symbols and codes written before a figure, longest first.</summary>
    public string BeforePattern { get; }

    /// <summary>A regex alternation of the symbols and codes written after a figure, longest first.</summary>
    public string AfterPattern { get; }

    /// <summary>A regex alternation of the language's currency names, longest first.</summary>
    public string WordPattern { get; }

    /// <summary>Every single word of every currency name, for the recognizer's prefilter.</summary>
    public FrozenSet<string> Words { get; }

    [GeneratedRegex(@"[\s\u00A0\u202F]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    /// <summary>The ISO code of a symbol, code or name as written (white space and case do not matter).</summary>
    public string? CodeOf(string written) => codes.GetValueOrDefault(Spaces().Replace(written.Trim(), " "));

    private static (List<(string, string)>, List<(string, string)>) ReadSymbols() =>
        EmbeddedData.Read("Kinds/Money/currencies.yml", (nodes, root) =>
        {
            List<(string, string)> before = [], after = [];
            var map = nodes.Mapping(root, "", "currencies");
            foreach (var (node, where) in nodes.Items(map is null ? null : ConfigNodes.Get(map, "currencies"), "currencies"))
            {
                if (nodes.Mapping(node, where, "code", "before", "after") is not { } entry) continue;
                var code = nodes.Text(nodes.Required(entry, "code", where), where + ".code") ?? "";
                before.AddRange(nodes.Words(ConfigNodes.Get(entry, "before"), where + ".before").Select(s => (s, code)));
                after.AddRange(nodes.Words(ConfigNodes.Get(entry, "after"), where + ".after").Select(s => (s, code)));
            }
            return (before, after);
        });

    private static string Alternation(IEnumerable<string> items) =>
        string.Join('|', items.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).Select(Regex.Escape));
}
