using FactCheck.Binding;
using FactCheck.Frames;
using FactCheck.Kinds.Money;

namespace FactCheck.Normalization;

/// <summary>
/// A claim with its value read into a form that can be compared: one subclass per kind (<see cref="MoneyClaim"/>, ...).
/// Comparison rules pick the subclasses they understand; reports show <see cref="Display"/> and <see cref="Reading"/>.
/// </summary>
public abstract record NormalizedClaim(Claim Claim)
{
    /// <summary>The value as an editor reads it: "€100bn", "Wiesbaden", "July 2024".</summary>
    public abstract string Display { get; }

    /// <summary>How the value was read when the text alone does not show it (a conversion, an assumed date), or null.</summary>
    public virtual string? Reading => null;

    /// <summary>
    /// The value as read, independent of how it is written ("€20bn" and "20 billion euros" are one value), for the
    /// fingerprints of baselines. A kind's display is its value as read ("Kiev" and "Kyiv" are both Kyiv); version 1
    /// wrote the kind capitalized ("Quantity:32 allies"), and baselines keep that.
    /// </summary>
    public virtual string ValueKey => char.ToUpperInvariant(Claim.Mention.Kind.Name[0]) + Claim.Mention.Kind.Name[1..] + ":" + Display;

    /// <summary>
    /// For a kind whose values have dimensions, the value's ("length", "count", "volume/duration"), else null: a length and
    /// a count are never one fact, whatever word binds them ("6,5 mètres", "18 miroirs").
    /// </summary>
    public virtual string? Dimension => null;

    /// <summary>
    /// How large the value is, on a scale shared by the claims it can be compared with (money in euros, or in its own
    /// currency when it has no rate; a measure in its dimension's base unit), or null for a value without a size (a date,
    /// a place, a quote): figures of very different sizes are different figures.
    /// </summary>
    public virtual (string Scale, double Value)? Magnitude => null;

    private ClaimFrame frame = ClaimFrame.None;

    /// <summary>What the claim is about, read from its sentence: measure, holder, scope and status.</summary>
    public ClaimFrame Frame { get => frame; init => frame = value; }

    /// <summary>
    /// This claim, given the frame of its sentence. Only for a claim its normalizer has just made, which nothing else holds
    /// yet (<see cref="ClaimNormalizer"/>): a copy made with <c>with</c> for every claim was 65 MB on the 30 MB file of issue 11.
    /// </summary>
    internal NormalizedClaim Framed(ClaimFrame value)
    {
        frame = value;
        return this;
    }

    /// <summary>
    /// The claim as a report keeps it once its story is compared, without what only comparing reads (the words a statement is
    /// compared by): itself for most kinds. Not for a claim a finding holds: findings find their claims by reference.
    /// </summary>
    public virtual NormalizedClaim ForReport() => this;

    /// <summary>True when the claim can be compared: its frame has a measure, or a subject word binds it.</summary>
    public bool IsComparable => Frame.Measure is not null || Claim.IsBound;

    /// <summary>The id of the source the claim comes from.</summary>
    public string SourceId => Claim.Mention.Sentence.Source.Id;

    // Claims are compared and grouped as distinct statements, even when two read alike.
    /// <inheritdoc/>
    public virtual bool Equals(NormalizedClaim? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
