using FactCheck.Inputs;
using FactCheck.Pipeline;

namespace FactCheck.Store;

/// <summary>One file of <see cref="StoredSources"/>: what was read of it, or why it could not be read.</summary>
internal sealed record StoredSource(int Index, SourceRead? Read, UserError? Error);
