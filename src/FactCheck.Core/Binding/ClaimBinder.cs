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
        var bound = new ImmutableArray<Claim>[binders.Length];
        var keys = new int[binders.Length][];
        var (total, sorted) = (0, true);
        for (var b = 0; b < binders.Length; b++)
        {
            bound[b] = binders[b].Binder.Bind(OfKinds(mentions, binders[b].Kinds));
            // A binder gives its claims in its mentions' order, so each claim's mention is found by walking the source's
            // mentions forward, without a table of the positions of every mention (23 MB on the 30 MB file of issue 11).
            keys[b] = InOrder(bound[b], mentions) ?? [];
            sorted &= keys[b].Length == bound[b].Length;
            total += keys[b].Length;
        }
        if (!sorted) return Sorted(mentions, bound);
        // Each binder gives its claims in its mentions' order, so merging them is what a stable sort of all of them gives,
        // without sorting; a binder that did not would be sorted as before.
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

    /// <summary>The position in <paramref name="mentions"/> of each claim's mention, or null when the claims do not follow their order.</summary>
    private static int[]? InOrder(ImmutableArray<Claim> claims, ImmutableArray<Mention> mentions)
    {
        var order = new int[claims.Length];
        var at = 0;
        for (var k = 0; k < claims.Length; k++)
        {
            while (at < mentions.Length && !ReferenceEquals(mentions[at], claims[k].Mention)) at++;
            if (at == mentions.Length) return null;
            order[k] = at;
        }
        return order;
    }

    /// <summary>The claims of every binder in their mentions' order, sorted: for a binder that does not keep its mentions' order.</summary>
    private static ImmutableArray<Claim> Sorted(ImmutableArray<Mention> mentions, ImmutableArray<Claim>[] bound)
    {
        var order = new Dictionary<Mention, int>(mentions.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < mentions.Length; i++) order[mentions[i]] = i;
        return [.. bound.SelectMany(c => c).OrderBy(c => order[c.Mention])];
    }

    /// <summary>The mentions of <paramref name="mentions"/> whose kind is one of <paramref name="kinds"/>, in order.</summary>
    private static ImmutableArray<Mention> OfKinds(ImmutableArray<Mention> mentions, FrozenSet<ClaimKind> kinds)
    {
        // Whether the binder takes a kind is asked of the set once a kind of the source, not twice a mention: a kind is a
        // record, and each look-up hashed its name (0.24 % of a check's samples, perf of 96a7342, AOT, bench corpus). The
        // answers are kept by the kind's reference, so another instance of an equal kind is asked of the set on its own.
        var answers = kindAnswers ??= new (ClaimKind?, bool)[MostKinds];
        var known = 0;
        var taking = mentions.Length <= 1024 ? stackalloc bool[mentions.Length] : new bool[mentions.Length];
        var count = 0;
        for (var i = 0; i < mentions.Length; i++)
        {
            var kind = mentions[i].Kind;
            var a = 0;
            while (a < known && !ReferenceEquals(answers[a].Kind, kind)) a++;
            if (a == known)
            {
                if (known < MostKinds) answers[known++] = (kind, kinds.Contains(kind));
                else a = -1;
            }
            if (taking[i] = a >= 0 ? answers[a].Taken : kinds.Contains(kind)) count++;
        }
        Array.Clear(answers);
        if (count == mentions.Length) return mentions;
        var taken = ImmutableArray.CreateBuilder<Mention>(count);
        for (var i = 0; i < mentions.Length; i++)
            if (taking[i]) taken.Add(mentions[i]);
        return taken.MoveToImmutable();
    }

    /// <summary>How many kinds <see cref="OfKinds"/> keeps the answers of (the built-in ones are seven); the next are asked each time.</summary>
    private const int MostKinds = 16;

    /// <summary>The kinds met in a source's mentions and whether the binder asked takes each (<see cref="OfKinds"/>), emptied after each call.</summary>
    [ThreadStatic]
    private static (ClaimKind? Kind, bool Taken)[]? kindAnswers;
}
