using System.Collections.Immutable;

namespace FactCheck.Frames;

/// <summary>
/// Whose measure a claim states: <see cref="Name"/> as the source writes it (a full name where the source gives one for a
/// surname), <see cref="Key"/> the folded name ("karl lagerfeld") or a gazetteer place ("place:new-caledonia"), and the
/// keys of the other names of the sentence (<see cref="Others"/>), which a second source may give as the holder.
/// </summary>
public sealed record FrameHolder(string Name, string Key, ImmutableArray<string> Others)
{
    /// <summary>
    /// True when the sentence ties the name to the measure (its possessor, its complement, the subject of its verb): only
    /// two sure holders that differ say two claims are about different things.
    /// </summary>
    public bool Sure { get; init; }

    /// <summary>
    /// The key of the name the measure is for ("Manchester United's £89m deal for Pogba": Pogba), when it is not the holder:
    /// a second source may give the same figure to it.
    /// </summary>
    public string? Target { get; init; }

    /// <summary>True when the measure's own word is part of the name ("the Baltic Cable Fund holds €2bn"): no other name is more its holder.</summary>
    public bool Inside { get; init; }
}
