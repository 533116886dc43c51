using System.Collections.Frozen;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// Reads one figure of a sentence with its hedge and what it counts, or refuses it: a number in a name ("Boeing 737",
/// "Channel 4", "section 408"), an ordinal or a model ("17th", "4MATIC"), a year ("in 2014 countries"), a time of day
/// ("1030 GMT", "15h30"), a day before its month ("15 juin"), points on a rate or a poll. A figure whose noun is left
/// unsaid is read bare, for <see cref="ElidedNouns"/>.
/// </summary>
internal static class QuantityReader
{
    /// <summary>What is trimmed from around what a figure counts: one array, not a new one for each figure.</summary>
    private static readonly char[] CountedPadding = [' ', '\u00A0', '\u202F', '-', '\n', '\r', '\t'];

    public static Reading? Read(string text, int start, QuantityWords words, FigureReader figures, FrozenSet<string> months)
    {
        if (figures.Read(text, start) is not { } figure) return null;
        var (qualifier, hedgeStart) = FigureContext.Hedge(text, figure.Start, words.Language);
        var hedged = hedgeStart < figure.Start;
        var digits = char.IsDigit(text[figure.Start]);
        if (!hedged && IsInName(text, figure.Start, words, months)) return null;
        if (!digits && char.IsUpper(text[figure.Start]) && HasLetterBefore(text, figure.Start)) return null; // "the Six Nations", "BBC One"
        var year = digits && IsYear(figure, hedged);
        if (digits && IsClock(text, figure, words) || year && !AfterDeterminer(text, figure.Start, words)) return null;
        if (figure.End < text.Length && char.IsLetter(text[figure.End]) && !words.Units.SymbolAfter(text, figure.End).Success) return null; // "17th", "4MATIC"
        var (measured, read) = MeasureReader.Read(text, figure, words);
        if (measured.IsRefused || (year && measured.Measure is null) || (WordAt.Next(text, read.End) is var (ms, me) && months.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(ms, me - ms)))) return null;
        if (measured.Measure is { Noun: { } noun } && words.PointUnits.Contains(noun) && HasPointCue(text, words)) return null; // "up 12 points" in a poll
        // "près de neuf minutes", "three hours a week": a length of time is a duration, whichever kind reads it, never a quantity.
        if (measured.Measure is { Unit.Dimension: "duration" }) return null;
        if (figure.Implied is { } implied && !hedged) qualifier = implied;
        var end = measured.Measure is null ? read.End : measured.End;
        var counted = measured.Measure is null ? "" : text[read.End..end].Trim(CountedPadding);
        if (year && counted.Length > 0 && char.IsUpper(counted[0])) return null; // "the 2005 Six Nations"
        counted = WithoutLink(counted, words);
        return new Reading(hedged ? hedgeStart : read.Start, end, read, qualifier, hedged, counted, measured.Measure);
    }

    /// <summary>
    /// "une trentaine de morts", "2 millions d'habitants", "dozens of people": the pack's word that links a figure written as
    /// a noun to what it counts (<c>count-of</c>) is not part of what it counts.
    /// </summary>
    private static string WithoutLink(string counted, QuantityWords words)
    {
        var plain = counted.Replace('’', '\''); // "d’habitants" as "d'habitants"
        foreach (var of in words.OfWords)
        {
            var elided = of.EndsWith('\'');
            if (plain.Length > of.Length && plain.StartsWith(of, StringComparison.OrdinalIgnoreCase) && (elided || plain[of.Length] == ' '))
                return counted[of.Length..].TrimStart();
        }
        return counted;
    }

    /// <summary>"more than 50 dead and 300 injured", "plus de 110 morts et 4.000 blessés": a hedge before two figures joined by "and" holds for both.</summary>
    public static List<Reading> CarryQualifiers(string text, List<Reading> readings, QuantityWords words)
    {
        var and = words.Language.Set("range-and");
        for (var i = 1; i < readings.Count; i++)
        {
            var (before, reading) = (readings[i - 1], readings[i]);
            if (reading.Hedged || reading.Qualifier != Qualifier.Exact || before.Qualifier == Qualifier.Exact || before.End > reading.Start) continue;
            if (and.Contains(text[before.End..reading.Start].Trim())) readings[i] = reading with { Qualifier = before.Qualifier };
        }
        return readings;
    }

    /// <summary>A number right after a capitalized word that is not a function word ("Boeing 737", "Channel 4") or after "number", "section".</summary>
    private static bool IsInName(string text, int start, QuantityWords words, FrozenSet<string> months)
    {
        var i = start - 1;
        if (i < 0 || !WordAt.IsSpace(text[i])) return false;
        while (i >= 0 && WordAt.IsSpace(text[i])) i--;
        if (i >= 0 && text[i] == '.') i--; // "No. 1"
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        if (end <= i + 1) return false;
        // The word read in place: most figures stand after a word, and its string was most of this test's cost.
        var word = text.AsSpan(i + 1, end - i - 1);
        if (words.NameWordsBySpan.Contains(word) || words.Nouns.SingularIn(word, words.NameWordsBySpan)) return true; // "lines 2, 5 and 8"
        return char.IsUpper(word[0]) && !words.FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            && !words.Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !months.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            && !words.Language.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);
    }

    /// <summary>"0458", "10:30", "15h30", "1030 GMT": times of day.</summary>
    private static bool IsClock(string text, Figure figure, QuantityWords words)
    {
        if (text[figure.Start] == '0' && figure.End > figure.Start + 1 && char.IsDigit(text[figure.Start + 1])) return true;
        if (figure.End + 1 < text.Length && text[figure.End] is ':' or 'h' or 'H' && char.IsDigit(text[figure.End + 1])) return true;
        return words.IsTimeAfter(text, figure.End);
    }

    /// <summary>A number that may be a year ("in 2014 countries", "the 1987 crop"): four digits from 1900 to 2099, not hedged.</summary>
    private static bool IsYear(Figure figure, bool hedged) =>
        !hedged && !figure.Scaled && figure.Low == figure.High && figure.Low == Math.Floor(figure.Low) && figure.Low is >= 1900 and <= 2099 && figure.End - figure.Start == 4;

    /// <summary>"les 2000 salariés": a determiner before a number that could be a year makes it a count when a plural noun follows.</summary>
    private static bool AfterDeterminer(string text, int start, QuantityWords words)
    {
        var i = start - 1;
        while (i >= 0 && WordAt.IsSpace(text[i])) i--;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return end > i + 1 && end < start && words.Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(i + 1, end - i - 1));
    }

    private static bool HasLetterBefore(string text, int start)
    {
        for (var i = 0; i < start; i++)
            if (char.IsLetter(text[i])) return true;
        return false;
    }

    private static bool HasPointCue(string text, QuantityWords words)
    {
        foreach (var (start, end) in Sentences.LetterRuns.In(text))
            if (words.PointCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, end - start))) return true;
        return text.Contains('%', StringComparison.Ordinal);
    }
}
