namespace FactCheck.Frames;

/// <summary>
/// What a claim is about, read from its sentence: what it measures (<see cref="Measure"/>), whose (<see cref="Holder"/>),
/// where it holds (<see cref="Scope"/>) and how it is stated (<see cref="Status"/>). Alignment compares claims whose
/// measure, holder and scope agree; a claim with no measure is reported and never compared.
/// </summary>
public sealed record ClaimFrame(FrameMeasure? Measure, FrameHolder? Holder, FrameScope Scope, ClaimStatus Status)
{
    /// <summary>A claim nothing could be read about.</summary>
    public static ClaimFrame None { get; } = new(null, null, FrameScope.None, ClaimStatus.Fact);

    // Most claims have no measure: one frame a status serves them all, as a frame is never changed once read.
    private static readonly ClaimFrame[] NoneOf = [.. Enum.GetValues<ClaimStatus>().Select(s => None with { Status = s })];

    /// <summary>A claim nothing but its status could be read about.</summary>
    public static ClaimFrame NoneWith(ClaimStatus status) => (int)status < NoneOf.Length && NoneOf[(int)status].Status == status ? NoneOf[(int)status] : None with { Status = status };

    /// <summary>A bound attribution: a statement, said.</summary>
    internal static ClaimFrame Statement { get; } = None with { Measure = new FrameMeasure("statement", "said", MeasureOrigin.Subject) };

    /// <summary>
    /// For a count, what it counts: the concept or stem of its noun ("deaths", "fr:miroir"); null for a measure in a unit,
    /// or when it names nothing or only people. Two counts of different things ("43 deaths", "16 injured") are never one
    /// fact, whatever word binds them.
    /// </summary>
    public string? CountedIn { get; init; }

    /// <summary>
    /// For a date or a place, the stem of the adjective that says which occurrence of its event it is of ("européennes",
    /// "local"): two claims of one language with different ones are of two events.
    /// </summary>
    public string? Occurrence { get; init; }
}
