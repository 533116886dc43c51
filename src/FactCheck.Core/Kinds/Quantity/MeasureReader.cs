using System.Text.RegularExpressions;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// Reads what a figure counts or measures from the words after it: a unit symbol ("10 km", "6m²", "15°C", "50-km", "14 mln
/// bpd"), a unit word ("4,8 tonnes", "67.2 billion cubic feet", "a 293-million-mile journey", "three kilotons of TNT"), or
/// else the noun counted (<see cref="CountedNouns"/>: "157 passengers", "deux millions de personnes", "three-judge"); then
/// a rate ("barrels a day", "tonnes par an", "décès enregistrés par jour", "km/h").
/// </summary>
internal static partial class MeasureReader
{
    /// <summary>What is trimmed before a unit symbol: one array, not a new one for each figure.</summary>
    private static readonly char[] SymbolPadding = [' ', '\u00A0', '\u202F', '-'];

    /// <summary>What follows <paramref name="figure"/>; a scaled figure in "m" ("5m people") is a million when a noun follows.</summary>
    public static (Measured Measured, Figure Figure) Read(string text, Figure figure, QuantityWords words)
    {
        var units = words.Units;
        var at = figure.End;
        if (units.SymbolAfter(text, at) is { Success: true } symbol)
        {
            var written = symbol.Groups["symbol"].Value;
            if (words.Language.Set("ambiguous-scales", ignoreCase: false).Contains(written) && words.Language.Scales.TryGetValue(written, out var scale)
                && !figure.Scaled && CountedNouns.Find(text, symbol.Index + symbol.Length, words) is { Measure: not null } counted)
                return (counted, figure with { End = symbol.Index + symbol.Length, Low = figure.Low * scale, High = figure.High * scale, Precision = figure.Precision * scale, Scaled = true, Scale = scale });
            var (unit, per) = units.Symbol(written)!.Value;
            if (symbol.Groups["per"].Success) per = units.RateSymbol(symbol.Groups["per"].Value);
            var name = symbol.Value.TrimStart(SymbolPadding).ToLowerInvariant();
            return (Rate(text, symbol.Index + symbol.Length, new QuantityMeasure(name, null, unit, per), words), figure);
        }
        if (at < text.Length && text[at] == '-' && WordAt.Next(text, at + 1) is var (hyphenStart, hyphenEnd) && hyphenStart == at + 1)
            return (Attributive(text, hyphenStart, hyphenEnd, words), figure); // "a 50-seat plane", "a 31-mile tunnel"
        (at, figure) = AfterOf(text, at, figure, words);
        if (UnitWords(text, at, words) is { } measured) return (measured.Measure is { } unit ? Rate(text, measured.End, unit, words) : measured, figure);
        // "440,000 60-kg bags": a measure of each thing counted, a figure of its own, may stand before its noun.
        if (DigitAfterSpaces(text, at) && Dimension().Match(text, at) is { Success: true } each)
            return (CountedNouns.Find(text, each.Index + each.Length, words) is { Measure: { } counted } ? new Measured(figure.End, counted) : Measured.Bare, figure);
        var noun = CountedNouns.Find(text, at, words);
        return (noun.Measure is null ? noun : Rate(text, noun.End, noun.Measure, words), figure);
    }

    [GeneratedRegex(@"\G[\s\u00A0\u202F]+\d[\d.,]*-\p{L}+(?=[\s\u00A0\u202F])", RegexOptions.CultureInvariant)]
    private static partial Regex Dimension();

    /// <summary>White space at <paramref name="at"/> and a digit after it, as <see cref="Dimension"/> starts: most figures are followed by a word.</summary>
    private static bool DigitAfterSpaces(string text, int at)
    {
        var i = at;
        while (i < text.Length && WordAt.IsSpace(text[i])) i++;
        return i > at && i < text.Length && char.IsDigit(text[i]);
    }

    /// <summary>
    /// "2 millions de personnes", "dozens of people", "62.000 de ses entreprises", "une cinquantaine de milliards": "of"
    /// before the noun, after a scale or a vague number, or before a determiner; a scale after it multiplies the figure.
    /// </summary>
    private static (int At, Figure Figure) AfterOf(string text, int at, Figure figure, QuantityWords words)
    {
        if (WordAt.Next(text, at) is not var (ofStart, ofEnd)) return (at, figure);
        var skip = Of(text[ofStart..ofEnd], words);
        if (skip == 0) return (at, figure);
        var after = WordAt.Next(text, ofStart + skip);
        if (after is var (ws, we) && figure.Scaled && words.Language.Set("spelled-scales").Contains(text[ws..we]))
        {
            var scale = ScaleWords.MultiplierOf(text[ws..we], words.Language);
            var scaled = figure with { End = we, Low = figure.Low * scale, High = figure.High * scale, Precision = figure.Precision * scale, Scale = figure.Scale * scale };
            return AfterOf(text, we, scaled, words);
        }
        var determiner = after is var (ds, de) && words.OfDeterminers.Contains(text[ds..de]);
        return figure.Scaled || determiner ? (determiner ? after!.Value.End : ofStart + skip, figure) : (at, figure);
    }

    /// <summary>How many characters of <paramref name="word"/> are "of", "de" or an elided "d'" glued to the noun; 0 for none.</summary>
    private static int Of(string word, QuantityWords words)
    {
        if (words.OfWords.Contains(word)) return word.Length;
        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe > 0 && words.OfWords.Contains(word[..(apostrophe + 1)].Replace('’', '\'')) ? apostrophe + 1 : 0;
    }

    /// <summary>The longest unit name written from <paramref name="at"/>, in lower case ("cubic feet", "mètres carrés", "kilomètres").</summary>
    private static Measured? UnitWords(string text, int at, QuantityWords words)
    {
        var longest = words.Units.LongestWords;
        // A unit's name has a few words: they are kept on the stack, not in a list made for every figure.
        Span<(int Start, int End)> found = longest <= 8 ? stackalloc (int, int)[8] : new (int, int)[longest];
        var wordCount = 0;
        for (var i = 0; i < longest && WordAt.Next(text, wordCount == 0 ? at : found[wordCount - 1].End) is { } word; i++) found[wordCount++] = word;
        // Every phrase tried starts with the first word: one not in lower case refuses them all ("20 Minutes" is a newspaper).
        if (wordCount > 0 && !char.IsLower(text[found[0].Start])) return null;
        var (firstLength, mayName) = (-1, false);
        for (var count = wordCount; count > 0; count--)
        {
            var phrase = text.AsSpan(found[0].Start, found[count - 1].End - found[0].Start);
            // A unit's singular starts with the singular of the phrase's first word (up to a space, as SingularPhrase splits):
            // a first word no unit starts with rules the phrase out before it is cut out and made singular word by word.
            var space = phrase.IndexOf(' ');
            var first = space < 0 ? phrase : phrase[..space];
            if (first.Length != firstLength) (firstLength, mayName) = (first.Length, words.Units.MayStartWord(words.Nouns.Singular(first.ToString())));
            if (!mayName) continue;
            var written = phrase.ToString();
            var singular = words.Nouns.SingularPhrase(written);
            if (words.Units.Word(singular) is { } unit)
                return IsClock(text, at, written, words) ? Measured.Refused : new Measured(found[count - 1].End, new QuantityMeasure(singular, null, unit, null));
        }
        return null;
    }

    /// <summary>"à 13 heures", "de 22 heures": a time of day, not a length of time.</summary>
    private static bool IsClock(string text, int figureEnd, string unit, QuantityWords words) =>
        words.ClockUnits.Contains(unit) && WordBefore(text, figureEnd) is { } before && words.ClockBefore.Contains(before);

    private static string? WordBefore(string text, int figureEnd)
    {
        var i = figureEnd - 1;
        while (i >= 0 && !WordAt.IsSpace(text[i])) i--; // the figure itself
        while (i >= 0 && WordAt.IsSpace(text[i])) i--;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return end > i + 1 ? text[(i + 1)..end] : null;
    }

    private static Measured Attributive(string text, int start, int end, QuantityWords words)
    {
        var word = text[start..end].Split('-')[0];
        var singular = words.Nouns.Singular(word);
        if (words.Units.Word(singular) is { } unit) return new Measured(start + word.Length, new QuantityMeasure(singular, null, unit, null));
        if (!char.IsLower(word[0]) || word.Length < 3 || words.DurationUnits.Contains(word) || words.NotCounted.Contains(word) || words.FunctionWords.Contains(word))
            return Measured.Refused;
        return new Measured(start + word.Length, new QuantityMeasure(singular, singular, null, null));
    }

    /// <summary>"barrels a day", "tonnes par an", "1.780 décès enregistrés par jour", "12 grammes de sel par jour": a rate.</summary>
    private static Measured Rate(string text, int end, QuantityMeasure measure, QuantityWords words)
    {
        if (measure.Per is not null) return new Measured(end, measure);
        var at = end;
        for (var skipped = 0; skipped <= 3 && WordAt.Next(text, at) is var (start, wordEnd); skipped++, at = wordEnd)
        {
            var word = text[start..wordEnd];
            if (words.RateWords.Contains(word) && WordAt.Next(text, wordEnd) is var (us, ue) && words.Units.Rate(words.Nouns.Singular(text[us..ue])) is { } per
                && !words.NotAfterRate.IsMatch(text.AsSpan(ue)))
                return new Measured(ue, measure with { Name = $"{measure.Name} {words.RateWord} {words.Nouns.Singular(text[us..ue])}", Per = per });
            // Only a complement ("de sel", "of oil") or a participle ("enregistrés") may stand between a noun and its rate.
            if (words.FunctionWords.Contains(word) && !words.OfWords.Contains(word) || char.IsUpper(word[0]) && skipped == 0) break;
        }
        return new Measured(end, measure);
    }
}
