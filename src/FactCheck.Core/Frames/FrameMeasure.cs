namespace FactCheck.Frames;

/// <summary>
/// What a claim measures, counts, prices, dates or locates. <see cref="Key"/> is what two claims must share to be about
/// one thing: a concept of the language packs ("deaths" for "morts" and "killed"), a subject id ("fund"), or, for a word
/// no pack knows, its stem in its language ("en:menu"). <see cref="Written"/> is the word as the source writes it.
/// </summary>
public sealed record FrameMeasure(string Key, string Written, MeasureOrigin Origin)
{
    /// <summary>True for a concept no language pack holds: the stem of the source's word, matched in that language only.</summary>
    public bool IsStem => Key.Contains(':', StringComparison.Ordinal);
}
