using FactCheck.Binding;
using FactCheck.Languages;
using FactCheck.Normalization;

namespace FactCheck.Kinds.Attribution;

/// <summary>
/// A statement and who it is given to. <see cref="Display"/> is the speaker as an editor reads it; <see cref="Reading"/> says
/// how the words were read as that speaker ("“il” read as Jens Stoltenberg, the speaker before it"). <see cref="Text"/> is
/// the statement read for comparison, in the source's <see cref="Language"/>.
/// </summary>
public sealed record AttributionClaim(Claim Claim, AttributionMention Attribution, Speaker Speaker, LanguagePack Language) : NormalizedClaim(Claim)
{
    private StatementText? text;

    /// <summary>
    /// The statement read for comparison (<see cref="StatementText.Empty"/> for one with no speaker), read when first asked:
    /// only the conflict check asks, and only in a story whose statements come from two sources or more. Read for every
    /// bound statement by the normalizer, it was 1.7 % of a check's samples (perf of the bench corpus, AOT), most of it
    /// for statements nothing compared. Two threads asking at once read the same words twice, and keep one.
    /// </summary>
    public StatementText Text
    {
        get => text ??= Claim.IsBound ? StatementText.Read(Attribution.Quote, Language) : StatementText.Empty;
        init => text = value;
    }

    /// <inheritdoc/>
    public override string Display => Speaker.Display;

    /// <inheritdoc/>
    public override string? Reading => Speaker.Note;

    /// <summary>
    /// Without the statement's words: only comparing reads them, and they are most of what a statement holds (29,853
    /// statements, about 40 MB of words and stems kept to the report on the bench corpus).
    /// </summary>
    public override NormalizedClaim ForReport() => ReferenceEquals(text, StatementText.Empty) ? this : this with { Text = StatementText.Empty };

    /// <inheritdoc/>
    public bool Equals(AttributionClaim? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}
