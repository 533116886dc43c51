using FactCheck.Mentions;

namespace FactCheck.Pipeline;

/// <summary>Which kind registered a part, and under which type: what an error about the part names.</summary>
internal readonly record struct PartOf(ClaimKind Kind, string Owner);
