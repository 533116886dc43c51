namespace FactCheck.Frames;

/// <summary>
/// "sept fois plus grand que celui de Vega", "three times larger than Vega's", "trois fois la taille de celui de Vega": a
/// multiple is of the thing its sentence compares with, named just after the words of its measure. That name is its basis
/// (two multiples of different things are never compared), not its holder: the holder is what is compared ("the Orion
/// mirror"), or no one when the sentence leaves it to the context ("il fait presque trois fois la taille de …").
/// </summary>
internal static class ComparedThing
{
    /// <summary>How many words may stand between the measure's words and the compared name ("que celui de").</summary>
    private const int Reach = 4;

    public static (FrameHolder? Holder, FrameScope Scope) Read(SentenceReading s, FrameConcepts concepts, FrameMeasure measure, int measureEnd, FrameHolder? holder, FrameScope scope)
    {
        if (measureEnd < 0 || concepts.Measure(measure.Key)?.Dimension != "multiple") return (holder, scope);
        foreach (var name in s.Names.All)
        {
            var first = s.WordAt(name.Start);
            if (first < measureEnd || first - measureEnd > Reach) continue;
            if (measureEnd > 0 && s.CommaBetween(s.Words[measureEnd - 1].End, name.Start)) break;
            var key = Analysis.TextAnalyzer.Fold(s.TextOf(name).ToString()).ToLowerInvariant();
            return (holder is not null && (holder.Key == key || holder.Key.EndsWith(key, StringComparison.Ordinal)) ? null : holder, scope with { Basis = "than:" + key });
        }
        return (holder, scope);
    }
}
