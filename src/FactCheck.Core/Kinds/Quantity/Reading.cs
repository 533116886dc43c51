using FactCheck.Mentions;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// A figure of a sentence as the quantity reader reads it: where it starts (with its hedge) and ends, the figure, its hedge,
/// the words written for what it counts (<see cref="Counted"/>, none when it leaves its noun unsaid) and what it counts,
/// or null while that is still to be found from the figures around it.
/// </summary>
internal sealed record Reading(int Start, int End, Figure Figure, Qualifier Qualifier, bool Hedged, string Counted, QuantityMeasure? Measure);
