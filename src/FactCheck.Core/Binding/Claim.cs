using FactCheck.Kinds.Attribution;
using FactCheck.Mentions;

namespace FactCheck.Binding;

/// <summary>A mention bound to what it is about: <see cref="Subject"/>'s <see cref="Attribute"/>, or nothing (then it is shown, never compared).</summary>
public sealed record Claim(Mention Mention, string? Subject, string? Attribute)
{
    /// <summary>True when the claim has a subject and can be compared.</summary>
    public bool IsBound => Subject is not null;

    /// <summary>Where the subject word that binds the claim stands in its sentence ("the fund", "le fonds"); null when none does.</summary>
    public Range? SubjectWord { get; init; }

    /// <summary>For an attribution: who the statement is given to, as its source identifies them; null for other kinds.</summary>
    public Speaker? Speaker { get; init; }
}
