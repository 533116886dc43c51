using FactCheck.Mentions;

namespace FactCheck.Kinds.Duration;

/// <summary>
/// "over five years", "sur cinq ans", "a decade", "depuis près d'une décennie": a length of time. <see cref="Low"/> and
/// <see cref="High"/> count <see cref="Unit"/>s (equal unless a range: "three to five years"; 10 years for a decade).
/// </summary>
public sealed record DurationMention(Sentences.Sentence Sentence, int Start, int End, decimal Low, decimal High, DurationUnit Unit, Qualifier Qualifier)
    : Mention(Sentence, Start, End)
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Duration;
}

/// <summary>The unit a duration is counted in.</summary>
public enum DurationUnit
{
    /// <summary>Days, jours.</summary>
    Day,
    /// <summary>Weeks, semaines.</summary>
    Week,
    /// <summary>Months, mois.</summary>
    Month,
    /// <summary>Years, ans, années (a decade is ten).</summary>
    Year,
}
