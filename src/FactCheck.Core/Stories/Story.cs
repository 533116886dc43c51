using System.Collections.Immutable;

namespace FactCheck.Stories;

/// <summary>
/// Sources about one event or subject: <see cref="Id"/> ("S1", numbered in the order of the stories' first sources),
/// <see cref="Label"/>, what the sources share most ("Lagerfeld · Chanel · mort"), and the source ids, sorted.
/// </summary>
public sealed record Story(string Id, string Label, ImmutableArray<string> Sources);
