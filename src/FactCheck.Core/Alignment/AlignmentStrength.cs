namespace FactCheck.Alignment;

/// <summary>
/// How sure alignment is that claims state one fact. Strong (measure, holder and scope agree) may make an error, medium (the
/// measure and scope agree, the holder is not named on both sides but the sentences share what they speak of) a warning;
/// weak alignments are not made at all.
/// </summary>
public enum AlignmentStrength
{
    /// <summary>Too little in common: not aligned.</summary>
    Weak,
    /// <summary>Same measure and scope, and enough besides: a warning at most.</summary>
    Medium,
    /// <summary>Same measure, holder and scope: the rule's level.</summary>
    Strong,
}
