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
        if (binders.Length == 1) return binders[0].Binder.Bind(OfKinds(mentions, binders[0].Kinds));
        var order = new Dictionary<Mention, int>(mentions.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < mentions.Length; i++) order[mentions[i]] = i;
        var bound = new ImmutableArray<Claim>[binders.Length];
        var keys = new int[binders.Length][];
        var (total, sorted) = (0, true);
        for (var b = 0; b < binders.Length; b++)
        {
            bound[b] = binders[b].Binder.Bind(OfKinds(mentions, binders[b].Kinds));
            keys[b] = new int[bound[b].Length];
            for (var k = 0; k < keys[b].Length; k++)
            {
                keys[b][k] = order[bound[b][k].Mention];
                sorted &= k == 0 || keys[b][k - 1] <= keys[b][k];
            }
            total += keys[b].Length;
        }
        // Each binder gives its claims in its mentions' order, so merging them is what a stable sort of all of them gives,
        // without sorting; a binder that did not would be sorted as before.
        if (!sorted) return [.. bound.SelectMany(c => c).OrderBy(c => order[c.Mention])];
        var claims = ImmutableArray.CreateBuilder<Claim>(total);
        var at = new int[binders.Length];
        while (claims.Count < total)
        {
            var next = -1;
            for (var b = 0; b < binders.Length; b++)
                if (at[b] < keys[b].Length && (next < 0 || keys[b][at[b]] < keys[next][at[next]])) next = b;
            claims.Add(bound[next][at[next]++]);
        }
        return claims.MoveToImmutable();
    }

    private static ImmutableArray<Mention> OfKinds(ImmutableArray<Mention> mentions, FrozenSet<ClaimKind> kinds)
    {
        var count = 0;
        foreach (var m in mentions)
            if (kinds.Contains(m.Kind)) count++;
        if (count == mentions.Length) return mentions;
        var taken = ImmutableArray.CreateBuilder<Mention>(count);
        foreach (var m in mentions)
            if (kinds.Contains(m.Kind)) taken.Add(m);
        return taken.MoveToImmutable();
    }
}
