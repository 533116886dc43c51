using FactCheck.Sources;

namespace FactCheck.Sentences;

/// <summary>A sentence of a source's prose: <c>[Start, End)</c> in its block's prose text, and that text.</summary>
public sealed record Sentence(SourceDocument Source, ProseBlock Block, int Start, int End)
{
    /// <summary>The source the sentence is in; once its claims are read, the source without its prose (<see cref="KeepOnlyItself"/>).</summary>
    public SourceDocument Source { get; private set; } = Source;

    /// <summary>The block the sentence is in; once its claims are read, the block's map without its text (<see cref="KeepOnlyItself"/>).</summary>
    public ProseBlock Block { get; private set; } = Block;

    /// <summary>Where the sentence starts in its block's prose; fixed, so that <see cref="Text"/> cannot go stale through <c>with</c>.</summary>
    public int Start { get; } = Start;

    /// <summary>Where the sentence ends in its block's prose (exclusive).</summary>
    public int End { get; } = End;

    /// <summary>The prose of the sentence (markup removed, line breaks as spaces), cut once: every kind and stage reads it many times.</summary>
    public string Text { get; } = Block.Text[Start..End];

    /// <summary>Where the sentence stands in the original file.</summary>
    public SourceSpan Span => Block.ToSourceSpan(Start, End);

    /// <summary>True for a piece of a sentence longer than <see cref="SentenceSplitter.MaxSentenceLength"/>, read in pieces.</summary>
    public bool IsPiece { get; init; }

    /// <summary>The original-file span of the sentence-relative range <c>[start, end)</c>.</summary>
    public SourceSpan SpanOf(int start, int end) => Block.ToSourceSpan(Start + start, Start + end);

    /// <summary>
    /// Once the claims of its source are read, a sentence a claim cites keeps its own text and the map of its block, and lets
    /// go of the block's prose and of the source's other blocks: <paramref name="source"/> is the source without its prose,
    /// <paramref name="block"/> the block's map alone. Changed in place, not copied, because every mention, frame and
    /// quotation that holds the sentence must see the same one; nothing after the claims pass reads the prose around it.
    /// </summary>
    internal void KeepOnlyItself(SourceDocument source, ProseBlock block)
    {
        if (block.Map != Block.Map || source.Id != Source.Id) throw new ArgumentException("not the sentence's own source and block");
        (Source, Block) = (source, block);
    }
}
