using FactCheck.Mentions;

namespace FactCheck.Kinds.Place;

/// <summary>
/// "Wiesbaden", "Bruxelles", "Kiev": a place named as a place (not as a government, a company or a person), read as
/// <see cref="Place"/>, the gazetteer's entry; <see cref="Mention.Text"/> keeps the spelling the source uses.
/// </summary>
public sealed record PlaceMention(Sentences.Sentence Sentence, int Start, int End, Place Place) : Mention(Sentence, Start, End)
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Place;
}
