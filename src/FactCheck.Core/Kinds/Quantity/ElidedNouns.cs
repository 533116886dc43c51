namespace FactCheck.Kinds.Quantity;

/// <summary>
/// Gives a figure whose noun is left unsaid the measure of the figure it goes with, as a reader does: "13 of the club's
/// last 14 games" and "35 des 100 sénateurs" (the figure after); "147 lots … et 123 d'entre eux", "cinq maisons, endommagé
/// six autres", "21 longs métrages (huit de plus" (the figure before); "trucks 375,899" (the noun before); "12,500 jobs had
/// gone while 7,800 were moved", "135.000 salariés, dont 81.000" (the figure before, joined by one of <c>elided-links</c>).
/// A bare figure that goes with none counts nothing and is dropped.
/// </summary>
internal static class ElidedNouns
{
    private const int NextReach = 40;
    private const int LinkReach = 150;
    private const int MostWordsToPair = 4;

    /// <summary>The readings with a measure, each bare one given the measure it leaves unsaid or left out.</summary>
    public static List<Reading> Resolve(string text, List<Reading> readings, QuantityWords words)
    {
        var resolved = new List<Reading>(readings.Count);
        for (var i = 0; i < readings.Count; i++)
        {
            var reading = readings[i];
            if (reading.Measure is not null)
            {
                resolved.Add(reading);
                continue;
            }
            var after = text.AsSpan(reading.Figure.End);
            // "of them" before "of": "dozens of them" counts what the figure before does, "13 of the 14 games" what the next one does.
            var measure =
                words.OfThem.IsMatch(after) || words.OthersAfter.IsMatch(after) ? Previous(resolved)?.Measure :
                words.OfNext.IsMatch(after) ? Next(text, readings, i) :
                reading.Figure.Spelled ? null :
                NounBefore(text, reading, words) ?? Linked(text, resolved, reading, words);
            if (measure is not null) resolved.Add(reading with { Measure = measure });
        }
        return resolved;
    }

    private static QuantityMeasure? Next(string text, List<Reading> readings, int index)
    {
        if (index + 1 >= readings.Count || readings[index + 1] is not { Measure: { } measure } next) return null;
        var gap = text.AsSpan(readings[index].Figure.End, Math.Max(0, next.Start - readings[index].Figure.End));
        return gap.Length <= NextReach && gap.IndexOfAny(",;:()") < 0 ? measure : null;
    }

    private static Reading? Previous(List<Reading> resolved) => resolved.Count == 0 ? null : resolved[^1];

    /// <summary>"trucks 375,899, down 1.8 pct": a plural noun just before the figure, and nothing after it in its clause.</summary>
    private static QuantityMeasure? NounBefore(string text, Reading reading, QuantityWords words)
    {
        var end = reading.Figure.Start;
        if (end < 2 || text[end - 1] != ' ') return null;
        var start = end - 1;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        var word = text[start..(end - 1)];
        var next = reading.Figure.End < text.Length ? text[reading.Figure.End] : '.';
        if (word.Length < 3 || !char.IsLower(word[0]) || next is not (',' or ';' or '.') || words.FunctionWords.Contains(word) || words.NotCounted.Contains(word)
            || words.DurationUnits.Contains(word) || !words.Nouns.IsPlural(word)) return null;
        var noun = words.Nouns.Singular(word);
        return new QuantityMeasure(noun, noun, null, null);
    }

    /// <summary>"12,500 jobs had gone while 7,800 were moved": the figure before, a link word between, no clause break and no percentage.</summary>
    private static QuantityMeasure? Linked(string text, List<Reading> resolved, Reading reading, QuantityWords words)
    {
        if (Previous(resolved) is not { } before || before.End > reading.Start) return null;
        var gap = text.AsSpan(before.End, reading.Start - before.End);
        // A bracket between them puts one of the two in an aside ("trois mises en garde) et 3 concernaient").
        if (gap.Length > LinkReach || gap.IndexOfAny(";:%()") >= 0 || PairsWithNumberBetween(gap)) return null;
        return words.Links.IsMatch(gap) ? before.Measure : null;
    }

    /// <summary>
    /// "between Feb 11 and 19", "du 19 au 25 octobre et du 22": a number a few words before, in the same phrase (no comma),
    /// is what the bare figure is coordinated with, not the figure read before it. "le 15 juin, contre 10.300" is not.
    /// </summary>
    private static bool PairsWithNumberBetween(ReadOnlySpan<char> gap)
    {
        var last = gap.LastIndexOfAnyInRange('0', '9');
        if (last < 0) return false;
        var after = gap[(last + 1)..];
        return after.IndexOf(',') < 0 && after.Count(' ') <= MostWordsToPair;
    }
}
