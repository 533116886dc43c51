namespace FactCheck.Sources;

/// <summary>
/// Maps offsets in a block's prose back to offsets in the original file. Stored as runs of consecutive characters
/// (a literal, a line of plain text), not one offset per character: a few runs per paragraph instead of four bytes a character.
/// A "wide" run is prose that stands for longer source text ("&amp;euro;" read as "€"): all of it maps to the whole entity.
/// A map without wide runs (nearly every one) holds no lengths at all: an empty array reads as all zeros.
/// </summary>
public sealed class SourceMap
{
    private readonly int[] proseStarts;
    private readonly int[] originalStarts;
    private readonly int[] wideLengths;

    internal SourceMap(int[] proseStarts, int[] originalStarts, int[] wideLengths) =>
        (this.proseStarts, this.originalStarts, this.wideLengths) = (proseStarts, originalStarts, wideLengths);

    /// <summary>The runs as they are kept (prose starts, original starts, wide lengths): what a stored read writes (<c>Store/</c>).</summary>
    internal (int[] ProseStarts, int[] OriginalStarts, int[] WideLengths) Runs => (proseStarts, originalStarts, wideLengths);

    /// <summary>The original offset of the prose character at <paramref name="proseOffset"/>.</summary>
    public int ToOriginal(int proseOffset)
    {
        var run = RunOf(proseOffset);
        return WideLength(run) > 0 ? originalStarts[run] : originalStarts[run] + (proseOffset - proseStarts[run]);
    }

    /// <summary>The original offset just after the prose character at <paramref name="proseOffset"/>.</summary>
    public int ToOriginalEnd(int proseOffset)
    {
        var run = RunOf(proseOffset);
        return WideLength(run) is > 0 and var wide ? originalStarts[run] + wide : originalStarts[run] + (proseOffset - proseStarts[run]) + 1;
    }

    private int WideLength(int run) => wideLengths.Length == 0 ? 0 : wideLengths[run];

    private int RunOf(int proseOffset)
    {
        var run = Array.BinarySearch(proseStarts, proseOffset);
        return run < 0 ? ~run - 1 : run;
    }
}
