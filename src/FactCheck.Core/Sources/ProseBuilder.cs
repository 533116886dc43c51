using System.Text;

namespace FactCheck.Sources;

/// <summary>Accumulates prose characters together with where each run of them stands in the original file.</summary>
internal sealed class ProseBuilder
{
    private readonly StringBuilder text = new();
    private readonly List<int> proseStarts = [];
    private readonly List<int> originalStarts = [];
    private readonly List<int> wideLengths = [];
    private int nextOriginal = -1;

    public int Length => text.Length;

    public void Append(char c, int originalOffset)
    {
        StartRunUnlessContiguous(originalOffset);
        text.Append(c);
        nextOriginal = originalOffset + 1;
    }

    /// <summary>Appends characters that stand one after another in the original file from <paramref name="originalOffset"/>.</summary>
    public void Append(ReadOnlySpan<char> chars, int originalOffset)
    {
        if (chars.IsEmpty) return;
        StartRunUnlessContiguous(originalOffset);
        text.Append(chars);
        nextOriginal = originalOffset + chars.Length;
    }

    /// <summary>Appends prose that stands for <paramref name="originalLength"/> characters of source, such as a decoded HTML entity.</summary>
    public void AppendWide(ReadOnlySpan<char> chars, int originalOffset, int originalLength)
    {
        if (chars.IsEmpty) return;
        proseStarts.Add(text.Length);
        originalStarts.Add(originalOffset);
        wideLengths.Add(originalLength);
        text.Append(chars);
        nextOriginal = -1; // whatever follows starts a run of its own
    }

    /// <summary>Appends a separator unless the prose already ends with white space.</summary>
    public void Separate(int originalOffset)
    {
        if (text.Length > 0 && !char.IsWhiteSpace(text[^1])) Append(' ', originalOffset);
    }

    public ProseBlock? Build()
    {
        var content = text.ToString();
        return string.IsNullOrWhiteSpace(content) ? null : new ProseBlock(content, new SourceMap([.. proseStarts], [.. originalStarts], [.. wideLengths]));
    }

    private void StartRunUnlessContiguous(int originalOffset)
    {
        if (originalOffset == nextOriginal) return;
        proseStarts.Add(text.Length);
        originalStarts.Add(originalOffset);
        wideLengths.Add(0);
    }
}
