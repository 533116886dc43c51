namespace FactCheck.Sources;

/// <summary>A half-open <c>[Start, End)</c> range of UTF-16 offsets into the original file's text.</summary>
public readonly record struct SourceSpan(int Start, int End)
{
    /// <summary>The number of UTF-16 code units covered.</summary>
    public int Length => End - Start;
}
