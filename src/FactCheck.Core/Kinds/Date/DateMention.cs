using FactCheck.Mentions;

namespace FactCheck.Kinds.Date;

/// <summary>"9 July 2024", "tomorrow", "le mois dernier", "fin des années 90": a point or a period of time, as written.</summary>
public sealed record DateMention(Sentences.Sentence Sentence, int Start, int End, WrittenDate Date) : Mention(Sentence, Start, End)
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Date;
}
