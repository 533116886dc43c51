using FactCheck.Sentences;
using FactCheck.Sources;

namespace FactCheck.Mentions;

/// <summary>
/// A checkable statement found in a sentence. <c>[Start, End)</c> is relative to the sentence's text;
/// <see cref="Span"/> and <see cref="Text"/> are the original file's span and exactly its characters.
/// </summary>
public abstract record Mention(Sentence Sentence, int Start, int End)
{
    /// <summary>What kind of statement this is.</summary>
    public abstract ClaimKind Kind { get; }

    /// <summary>The original-file span.</summary>
    public SourceSpan Span => Sentence.SpanOf(Start, End);

    /// <summary>Exactly the characters of the original file at <see cref="Span"/>.</summary>
    public string Text => Sentence.Source.TextAt(Span);
}
