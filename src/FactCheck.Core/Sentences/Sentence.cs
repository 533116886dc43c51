using FactCheck.Sources;

namespace FactCheck.Sentences;

/// <summary>A sentence of a source's prose: <c>[Start, End)</c> in its block's prose text, and that text.</summary>
public sealed record Sentence(SourceDocument Source, ProseBlock Block, int Start, int End)
{
    /// <summary>The prose of the sentence (markup removed, line breaks as spaces).</summary>
    public string Text => Block.Text[Start..End];

    /// <summary>Where the sentence stands in the original file.</summary>
    public SourceSpan Span => Block.ToSourceSpan(Start, End);

    /// <summary>True for a piece of a sentence longer than <see cref="SentenceSplitter.MaxSentenceLength"/>, read in pieces.</summary>
    public bool IsPiece { get; init; }

    /// <summary>The original-file span of the sentence-relative range <c>[start, end)</c>.</summary>
    public SourceSpan SpanOf(int start, int end) => Block.ToSourceSpan(Start + start, Start + end);
}
