using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Inputs;

namespace FactCheck.Kinds.Money;

/// <summary>The currencies FactCheck reads itself, from the shipped data file <c>Kinds/Money/currencies.yml</c>.</summary>
internal sealed class CurrencyLexicon
{
    private readonly FrozenDictionary<string, string> codes;

    public static readonly CurrencyLexicon Default = Load();

    private CurrencyLexicon(Dictionary<string, string> codes, IEnumerable<string> before, IEnumerable<string> after, IEnumerable<string> words)
    {
        this.codes = codes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        BeforePattern = Alternation(before);
        AfterPattern = Alternation(after);
        WordPattern = Alternation(words.Select(w => w.Replace(" ", "\u0001", StringComparison.Ordinal))).Replace("\u0001", @"[\s\u00A0]+", StringComparison.Ordinal);
        Words = words.SelectMany(w => w.Split(' ')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A regex alternation of the symbols and codes written before a figure, longest first.</summary>
    public string BeforePattern { get; }

    /// <summary>A regex alternation of the symbols and codes written after a figure, longest first.</summary>
    public string AfterPattern { get; }

    /// <summary>A regex alternation of the currency names, longest first.</summary>
    public string WordPattern { get; }

    /// <summary>Every single word of every currency name, for the recognizer's prefilter.</summary>
    public FrozenSet<string> Words { get; }

    /// <summary>The ISO code of a symbol, code or name as written (white space and case do not matter).</summary>
    public string? CodeOf(string written) =>
        codes.GetValueOrDefault(Regex.Replace(written.Trim(), @"[\s\u00A0\u202F]+", " "));

    private static CurrencyLexicon Load()
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        List<string> before = [], after = [], words = [];
        foreach (var entry in EmbeddedData.Load("Kinds/Money/currencies.yml").Items("currencies"))
        {
            var code = entry.Scalar("code")!;
            foreach (var s in entry.Strings("before")) { before.Add(s); codes[s] = code; }
            foreach (var s in entry.Strings("after")) { after.Add(s); codes[s] = code; }
            foreach (var s in entry.Strings("words")) { words.Add(s); codes[s] = code; }
        }
        return new CurrencyLexicon(codes, before, after, words);
    }

    private static string Alternation(IEnumerable<string> items) =>
        string.Join('|', items.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).Select(Regex.Escape));
}
