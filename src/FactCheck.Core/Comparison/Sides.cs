using System.Collections.Immutable;
using System.Globalization;
using FactCheck.Normalization;

namespace FactCheck.Comparison;

/// <summary>The grouping every conflict rule shares: claims by subject, sides that agree, and the sides that disagree across sources.</summary>
internal static class Sides
{
    /// <summary>Greedy, in source order: a claim joins the first side whose common interval it meets, or starts one.</summary>
    public static List<TSide> Cluster<T, TSide>(IEnumerable<T> claims, Func<T, TSide> start)
        where T : NormalizedClaim where TSide : Side<T>
    {
        var sides = new List<TSide>();
        foreach (var claim in claims)
        {
            var home = sides.FirstOrDefault(s => s.Accepts(claim));
            if (home is null) sides.Add(home = start(claim));
            home.Add(claim);
        }
        return sides;
    }

    /// <summary>
    /// The sides that disagree with another side they can be compared with (<paramref name="comparable"/>) and whose claims come
    /// from a different set of sources: one source contradicting itself is not a disagreement between sources.
    /// A draft is the exception: a draft stating two values that cannot both be true contradicts itself.
    /// </summary>
    public static List<TSide> InConflict<T, TSide>(List<TSide> sides, Func<TSide, TSide, bool> comparable)
        where T : NormalizedClaim where TSide : Side<T>
    {
        var conflicting = new HashSet<TSide>();
        for (var i = 0; i < sides.Count; i++)
            for (var j = i + 1; j < sides.Count; j++)
                if (comparable(sides[i], sides[j]) && (!sides[i].Sources.SetEquals(sides[j].Sources) || sides[i].Drafts.Overlaps(sides[j].Drafts)))
                    conflicting.UnionWith([sides[i], sides[j]]);
        return [.. sides.Where(conflicting.Contains)];
    }

    /// <summary>"The sources disagree on the fund's amount: €100bn (2 sources) vs $100bn (1 source)."</summary>
    public static string Message(string subject, string attribute, ImmutableArray<ValueGroup> values, string? time = null) =>
        string.Create(CultureInfo.InvariantCulture, $"The sources disagree on the {subject}{(subject.EndsWith('s') ? "'" : "'s")} {attribute}{(time is null ? "" : " in " + time)}: ")
        + Tail(values);

    /// <summary>
    /// <paramref name="message"/> told again with <paramref name="now"/> as its values, when it was told with
    /// <paramref name="before"/> (<see cref="Message"/>); any other message is kept as it is.
    /// </summary>
    public static string Retold(string message, ImmutableArray<ValueGroup> before, ImmutableArray<ValueGroup> now)
    {
        var told = Tail(before);
        return message.EndsWith(told, StringComparison.Ordinal) ? message[..^told.Length] + Tail(now) : message;
    }

    private static string Tail(ImmutableArray<ValueGroup> values) => string.Join(" vs ", values.Select(v => $"{v.Display} ({Count(v)})")) + ".";

    private static string Count(ValueGroup value)
    {
        var sources = value.Claims.Select(c => c.SourceId).Distinct().Count();
        return sources == 1 ? "1 source" : $"{sources.ToString(CultureInfo.InvariantCulture)} sources";
    }
}
