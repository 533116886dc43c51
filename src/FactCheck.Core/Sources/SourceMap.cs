namespace FactCheck.Sources;

/// <summary>
/// Maps offsets in a block's prose back to offsets in the original file. Stored as runs of consecutive characters
/// (a literal, a line of plain text), not one offset per character: a few runs per paragraph instead of four bytes a character.
/// </summary>
public sealed class SourceMap
{
    private readonly int[] proseStarts;
    private readonly int[] originalStarts;

    internal SourceMap(int[] proseStarts, int[] originalStarts) => (this.proseStarts, this.originalStarts) = (proseStarts, originalStarts);

    /// <summary>The original offset of the prose character at <paramref name="proseOffset"/>.</summary>
    public int ToOriginal(int proseOffset)
    {
        var run = Array.BinarySearch(proseStarts, proseOffset);
        if (run < 0) run = ~run - 1;
        return originalStarts[run] + (proseOffset - proseStarts[run]);
    }
}
