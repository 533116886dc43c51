using System.Collections.Immutable;
using FactCheck.Mentions;

namespace FactCheck.Binding;

/// <summary>Binds the mentions of the kinds it was registered for to what they are about.</summary>
public interface IClaimBinder
{
    /// <summary>
    /// A claim per mention of <paramref name="mentions"/> (all of one source, in order, only of its kinds), in the same order.
    /// A binder sees a whole source so that it may look back ("he said" after a named speaker).
    /// </summary>
    ImmutableArray<Claim> Bind(ImmutableArray<Mention> mentions);
}
