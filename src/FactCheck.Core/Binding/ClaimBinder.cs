using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Mentions;

namespace FactCheck.Binding;

/// <summary>Hands the mentions of one source to the binder of their kind and returns the claims in the mentions' order.</summary>
public sealed class ClaimBinder(ImmutableArray<(IClaimBinder Binder, FrozenSet<ClaimKind> Kinds)> binders)
{
    /// <summary>The claims of <paramref name="mentions"/> (one source's, in order); a mention no binder takes is left out.</summary>
    public ImmutableArray<Claim> Bind(ImmutableArray<Mention> mentions)
    {
        if (binders.Length == 1) return binders[0].Binder.Bind([.. mentions.Where(m => binders[0].Kinds.Contains(m.Kind))]);
        var order = new Dictionary<Mention, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < mentions.Length; i++) order[mentions[i]] = i;
        return [.. binders.SelectMany(b => b.Binder.Bind([.. mentions.Where(m => b.Kinds.Contains(m.Kind))])).OrderBy(c => order[c.Mention])];
    }
}
