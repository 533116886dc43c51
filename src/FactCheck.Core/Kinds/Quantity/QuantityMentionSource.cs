using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// Counts and what they count, in English and French: "32 allies", "the 32 NATO allies", "32 membres", "huit pays membres",
/// "eight member countries", "1.5 million people", hedged ("nearly 200 soldiers", "plus de 20 pays"), tied to a date
/// ("20 countries this year against three in 2014"), and a change of an age ("from 27 to 25 years"). What is counted is the
/// plural noun after the figure (a word before it, "NATO", may stand between); Binding decides what the noun names.
/// </summary>
public sealed partial class QuantityMentionSource : IMentionSource
{
    private const string S = @"[\s\u00A0\u202F]";
    private const string Word = @"\p{L}[\p{L}'’-]*";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;
    // Source-generated: compiling these at run time cost more start-up than it saved, and the interpreter was slower.
    private const RegexOptions Windowed = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const string After = $@"(?:[\s\u00A0\u202F-]?(?<scale>{ScaleWords.WordPattern}|mln|mn))?{S}+(?<w1>{Word})(?={S}+(?<w2>{Word}))?";

    [GeneratedRegex($@"(?<![\p{{L}}\d.,$€£¥]|[$€£¥]{S})(?<num>{NumberText.DigitPattern}){After}", Options)]
    private static partial Regex DigitCount { get; }
    [GeneratedRegex($@"\G(?<num>{NumberText.CountWordPattern}){After}", Windowed)]
    private static partial Regex WordCount { get; }

    private static readonly FrozenSet<string> CountWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        NumberText.CountWordPattern[3..NumberText.CountWordPattern.IndexOf(')')].Split('|'));
    [GeneratedRegex(
        $@"(?<![\p{{L}}])(?:from|de){S}+(?<n1>\d{{1,3}}){S}+(?:to|à){S}+(?<num>\d{{1,3}})(?:{S}+(?<w1>years|ans))?(?![\p{{L}}\d])", Options)]
    private static partial Regex AgeChange { get; }
    [GeneratedRegex(@"(?<![\p{L}])(?:age|âge)(?![\p{L}])[^,;:.]*$", Windowed | RegexOptions.RightToLeft)]
    private static partial Regex AgeBehind { get; }

    /// <summary>What stands before a count of a whole group: a determiner, a possessive, or a verb of having.</summary>
    [GeneratedRegex(
        $@"(?:(?<![\p{{L}}])(?:the|its|their|his|her|our|all|of|les|ses|leurs|nos|vos|des|de|tous{S}+les|toutes{S}+les|ces|compte|comptent|comptera|compter|has|have|had|counts|comprises|"
        + $@"regroupe|rassemble|réunit|réunira|comprend|with|avec|among|parmi|between)|\p{{L}}['’]s)(?:{S}+(?:désormais|now|already|déjà|still|toujours|currently|actuellement))?{S}+$",
        Windowed | RegexOptions.RightToLeft)]
    private static partial Regex WholeBehind { get; }

    /// <summary>Plural nouns that are units, not things counted: time, measures, shares, money (durations, percentages and money are read elsewhere).</summary>
    private static readonly FrozenSet<string> NotCounted = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "ans", "années", "mois", "semaines", "jours", "heures",
        "décennies", "siècles", "centuries", "times", "fois", "percent", "pct", "points", "pts", "degrees", "degrés", "kilometres", "kilometers",
        "kilomètres", "km", "miles", "metres", "meters", "mètres", "feet", "inches", "tonnes", "tons", "barrels", "barils", "litres", "liters",
        "kilos", "kilograms", "grams", "euros", "dollars", "dlrs", "pounds", "cents", "centimes", "francs", "yen", "yuan", "livres", "shares",
        "actions", "bps", "basis", "votes", "voix", "ans", "and", "others", "autres", "plus", "less", "moins", "per", "pour", "pc", "dozens",
        "dizaines", "centaines", "milliers", "hundreds", "thousands", "millions", "billions", "milliards", "mds", "this", "was", "has", "is",
        "its", "his", "as", "us", "des", "les", "ces", "ses", "nos", "vos", "leurs", "aux", "sans", "dans", "sous", "vers", "chez", "après",
        "alors", "depuis", "jusqu", "mais", "puis", "plusieurs", "tous", "toutes", "très", "assez", "pas", "ans", "jours", "p.m", "a.m");

    /// <summary>Plural nouns that do not end in -s or -x.</summary>
    private static readonly FrozenSet<string> InvariantPlurals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "people", "personnel", "staff", "police", "children", "men", "women", "pays", "gens", "cattle");

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(Sentence sentence)
    {
        var text = sentence.Text;
        var found = new List<(int Start, int End, decimal Value, decimal Unit, string Counted, Qualifier Qualifier, decimal? Previous, bool IsWhole)>();
        var language = sentence.Source.Language;
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            // A change of age needs "age" or "âge" before it: without one, "from"/"de" (in every French sentence) is not worth a scan.
            var mentionsAge = text.Contains("age", StringComparison.OrdinalIgnoreCase) || text.Contains("âge", StringComparison.OrdinalIgnoreCase);
            foreach (Match match in mentionsAge ? AgeChange.Matches(text) : (IEnumerable<Match>)[])
            {
                var from = Math.Max(0, match.Index - 40);
                if (!AgeBehind.Match(text, from, match.Index - from).Success || NumberText.Parse(match.Groups["num"].Value, language) is not var (age, _)) continue;
                var previous = NumberText.Parse(match.Groups["n1"].Value, language)?.Value;
                found.Add((match.Index, match.Index + match.Length, age, 1, match.Groups["w1"].Success ? match.Groups["w1"].Value : "", Qualifier.Exact, previous, true));
            }
            foreach (Match match in DigitCount.Matches(text)) Read(text, match, language, found);
        }
        foreach (var at in CountWordsIn(text))
            if (WordCount.Match(text, at) is { Success: true } match) Read(text, match, language, found);
        if (found.Count == 0) return [];
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var spans = found.Select(f => (f.Start, f.End)).ToList();
        var dates = FigureContext.DatesIn(sentence);
        return [.. found.Select(f => new QuantityMention(sentence, f.Start, f.End, f.Value, f.Value, f.Unit, f.Counted, f.Qualifier, f.Previous,
            FigureContext.TimeOf(sentence, f.Start, f.End, spans, dates), f.IsWhole))];
    }

    private static void Read(string text, Match match, string language, List<(int, int, decimal, decimal, string, Qualifier, decimal?, bool)> found)
    {
        var (w1, w2) = (match.Groups["w1"], match.Groups["w2"]);
        // "32 allies", "huit pays membres"; "32 NATO allies", "eight member countries": one word may stand before the noun.
        var noun = IsCountedNoun(w1.Value, language) ? w1 : w2.Success && !NotCounted.Contains(w1.Value) && IsCountedNoun(w2.Value, language) ? w2 : null;
        if (noun is null) return;
        var end = noun.Index + noun.Length;
        if (noun == w1 && w2.Success && IsCountedNoun(w2.Value, language) && language == "fr") end = w2.Index + w2.Length; // "pays membres"
        if (found.Exists(f => f.Item1 < end && match.Index < f.Item2)) return;
        if (NumberText.Parse(match.Groups["num"].Value, language) is not var (value, written)) return;
        var unit = char.IsAsciiDigit(match.Groups["num"].Value[0]) ? written : 1m; // "eight countries" is exactly eight
        var scale = match.Groups["scale"].Success ? ScaleWords.MultiplierOf(match.Groups["scale"].Value) : 1m;
        if (value * scale > 1e12m || (value == Math.Floor(value) && value is >= 1900 and <= 2099 && scale == 1 && !match.Groups["num"].Value.Contains(',', StringComparison.Ordinal)))
            return; // a year before a noun ("in 2014 countries ...") is a date
        var (qualifier, start) = FigureContext.Hedge(text, match.Index);
        var from = Math.Max(0, start - 30);
        // "the two countries", "les trois pays" point back at countries just named: a group whose size is worth checking is larger.
        var isWhole = value * scale >= 5 && WholeBehind.IsMatch(text.AsSpan(from, start - from));
        found.Add((start, end, value * scale, unit * scale, text[w1.Index..end], qualifier, null, isWhole));
    }

    /// <summary>Where a count word starts a word ("eight", "huit"): the only places the word-count regex is tried.</summary>
    private static IEnumerable<int> CountWordsIn(string text)
    {
        var lookup = CountWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, end) in LetterRuns.In(text))
            if ((start == 0 || text[start - 1] != '-') && lookup.Contains(text.AsSpan(start, end - start))) yield return start;
    }

    private static bool IsCountedNoun(string word, string language)
    {
        if (word.Length < 3 || NotCounted.Contains(word) || !char.IsLower(word[0])) return false;
        if (InvariantPlurals.Contains(word)) return true;
        return word.Length >= 4 && (word[^1] is 's' || (language == "fr" && word[^1] is 'x'));
    }
}
