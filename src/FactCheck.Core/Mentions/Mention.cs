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
    public abstract MentionKind Kind { get; }

    /// <summary>The original-file span.</summary>
    public SourceSpan Span => Sentence.SpanOf(Start, End);

    /// <summary>Exactly the characters of the original file at <see cref="Span"/>.</summary>
    public string Text => Sentence.Source.Text[Span.Start..Span.End];
}

/// <summary>The kinds of statement FactCheck recognizes; the names are the report's <c>kind</c> values.</summary>
public enum MentionKind
{
    /// <summary>An amount of money.</summary>
    Money,

    /// <summary>A count of something: "32 allies", "32 membres".</summary>
    Quantity,

    /// <summary>A share: "2% of GDP", "2 % du PIB".</summary>
    Percentage,

    /// <summary>A point in time: "9 July 2024", "le mois dernier".</summary>
    Date,

    /// <summary>A length of time: "over five years", "sur cinq ans".</summary>
    Duration,

    /// <summary>A place: "Wiesbaden", "Bruxelles".</summary>
    Place,

    /// <summary>A statement given to a speaker: a quote or reported speech.</summary>
    Attribution,
}
