namespace FactCheck.Sources;

/// <summary>
/// Accumulates prose characters together with where each run of them stands in the original file. <see cref="Build"/> starts
/// it again, keeping its buffers: one builder serves every block of a file, and a block costs its string and its map only
/// (a builder a block, growing a StringBuilder and three lists from nothing, allocated seven times the prose it built).
/// </summary>
internal sealed class ProseBuilder
{
    /// <summary>
    /// The prose starts of a block of one run, the most common (a paragraph without markup): shared, since a map never
    /// changes its arrays, instead of an array of one a block.
    /// </summary>
    private static readonly int[] OneRun = [0];

    private char[] text = new char[256];
    private int length;
    private readonly List<int> proseStarts = [];
    private readonly List<int> originalStarts = [];
    private readonly List<int> wideLengths = [];
    private bool anyWide;
    private int nextOriginal = -1;

    public int Length => length;

    /// <summary>How many characters the builder holds before it grows.</summary>
    public int Capacity => text.Length;

    public void Append(char c, int originalOffset)
    {
        StartRunUnlessContiguous(originalOffset);
        Room(1)[0] = c;
        length++;
        nextOriginal = originalOffset + 1;
    }

    /// <summary>Appends characters that stand one after another in the original file from <paramref name="originalOffset"/>.</summary>
    public void Append(ReadOnlySpan<char> chars, int originalOffset)
    {
        if (chars.IsEmpty) return;
        StartRunUnlessContiguous(originalOffset);
        AppendText(chars);
        nextOriginal = originalOffset + chars.Length;
    }

    /// <summary>Appends prose that stands for <paramref name="originalLength"/> characters of source, such as a decoded HTML entity.</summary>
    public void AppendWide(ReadOnlySpan<char> chars, int originalOffset, int originalLength)
    {
        if (chars.IsEmpty) return;
        proseStarts.Add(length);
        originalStarts.Add(originalOffset);
        wideLengths.Add(originalLength);
        anyWide = true;
        AppendText(chars);
        nextOriginal = -1; // whatever follows starts a run of its own
    }

    /// <summary>Appends a separator unless the prose already ends with white space.</summary>
    public void Separate(int originalOffset)
    {
        if (length > 0 && !char.IsWhiteSpace(text[length - 1])) Append(' ', originalOffset);
    }

    /// <summary>The block built so far, or null when it is only white space; the builder is empty again either way.</summary>
    public ProseBlock? Build()
    {
        var content = text.AsSpan(0, length);
        // A map with no wide run needs no lengths (SourceMap reads the empty array as all zeros).
        var block = content.IsWhiteSpace() ? null
            : new ProseBlock(content.ToString(), new SourceMap(
                proseStarts is [0] ? OneRun : [.. proseStarts], [.. originalStarts], anyWide ? [.. wideLengths] : []));
        (length, anyWide, nextOriginal) = (0, false, -1);
        proseStarts.Clear();
        originalStarts.Clear();
        wideLengths.Clear();
        return block;
    }

    private void AppendText(ReadOnlySpan<char> chars)
    {
        chars.CopyTo(Room(chars.Length));
        length += chars.Length;
    }

    /// <summary>The next <paramref name="count"/> free characters of the buffer, grown to hold them.</summary>
    private Span<char> Room(int count)
    {
        if (length + count > text.Length) Array.Resize(ref text, Math.Max(length + count, text.Length * 2));
        return text.AsSpan(length, count);
    }

    private void StartRunUnlessContiguous(int originalOffset)
    {
        if (originalOffset == nextOriginal) return;
        proseStarts.Add(length);
        originalStarts.Add(originalOffset);
        wideLengths.Add(0);
    }
}
