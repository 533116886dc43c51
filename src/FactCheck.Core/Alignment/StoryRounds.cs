using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Normalization;

namespace FactCheck.Alignment;

/// <summary>
/// The rounds a story's sentences name ("au premier tour", "in the runoff", "third quarter"). A figure whose sentence names
/// no round is of the story's round when the story names only one of that series; in a story that names two ("Macron won
/// 66 % … In the first round he had 24 %"), a figure with no round may be of either, so it is never set against a figure
/// its sentence ties to one round.
/// </summary>
internal static class StoryRounds
{
    /// <summary>The distinct rounds the story's claims are tied to, read only when a pair asks for them.</summary>
    public static Lazy<FrozenSet<string>> Of(ImmutableArray<NormalizedClaim> claims) =>
        new(() => claims.Select(c => c.Frame.Scope.Round).OfType<string>().ToFrozenSet(StringComparer.Ordinal));

    /// <summary>
    /// True when exactly one of the two rounds is named and the story names another round of its series ("round-1" and
    /// "round-2"): the unnamed one cannot be told to be the named one.
    /// </summary>
    public static bool Unclear(string? a, string? b, FrozenSet<string> rounds)
    {
        if ((a is null) == (b is null)) return false;
        var named = (a ?? b)!;
        var series = Series(named);
        return rounds.Any(r => r != named && Series(r) == series);
    }

    private static string Series(string round) => round.Split('-')[0];
}
