namespace FactCheck.Frames;

/// <summary>What a phrase of the language pack names: a measure, a predicate or a unit concept, or a cue of a list.</summary>
internal enum FrameTable
{
    Measure,
    Predicate,
    Unit,
    Cue,
}

/// <summary>
/// A phrase of the language pack found in a sentence: words <c>[First, End)</c> of its <see cref="FrameWord"/>s, the
/// table it is from, and its <see cref="Value"/>: the concept id ("deaths") or the cue list's name ("status-forecast").
/// </summary>
internal readonly record struct FrameHit(int First, int End, FrameTable Table, string Value);
