namespace FactCheck.Analysis;

/// <summary>
/// An entry of <see cref="SharedWords{TEntry}"/>: <see cref="Word"/>, what it is found by. A base record, not an interface: the
/// table's shared generic code read the word through an interface dispatch at each probe (0.7 % of a check's CPU).
/// </summary>
internal abstract record SharedWordEntry(string Word);
