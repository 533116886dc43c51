using System.Collections.Immutable;

namespace FactCheck.Stories;

/// <summary>
/// A story's label: the three features most of its sources share with the most weight (names and places first among
/// equals), as the first source writes them, without repeating a name's words ("Karl Lagerfeld", not also "Lagerfeld").
/// </summary>
internal static class StoryLabels
{
    private const int Shown = 3;
    // The full name of a person or a place usually ranks a little below its words: look that far for it.
    private const int Considered = 12;
    private static readonly char[] Separators = [' ', '-', '\'', '’'];

    /// <summary>A feature of the label's choice: feature <see cref="K"/> of the features <see cref="Of"/> (read in place, not copied out).</summary>
    private readonly record struct Candidate(StoryFeatures Of, int K, double Weight, int Sources)
    {
        public StoryFeatureKind Kind => Of.KindAt(K);

        public ReadOnlySpan<char> Key => Of.KeyAt(K);

        public ReadOnlySpan<char> Display => Of.DisplayAt(K);
    }

    public static string Label(FeatureSpace space, ImmutableArray<StoryProfile> sources, ImmutableArray<int> members)
    {
        var shared = members.Length == 1 ? 1 : 2;
        var candidates = members.Length == 1 ? Own(space, sources, members[0]) : Shared(space, sources, members, shared);
        candidates.Sort(static (x, y) =>
            y.Sources != x.Sources ? y.Sources.CompareTo(x.Sources)
            : y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight)
            : y.Kind != x.Kind ? y.Kind.CompareTo(x.Kind)
            : x.Key.SequenceCompareTo(y.Key));
        return Pick(candidates);
    }

    /// <summary>A source alone: its own features of weight.</summary>
    private static List<Candidate> Own(FeatureSpace space, ImmutableArray<StoryProfile> sources, int source)
    {
        var features = sources[source].Features;
        var candidates = new List<Candidate>(features.Length);
        for (var k = 0; k < features.Length; k++)
            if (space.Weight(source, k) is var weight and > 0) candidates.Add(new Candidate(features, k, weight, 1));
        return candidates;
    }

    /// <summary>A story of several sources: the features at least two of them have, their weights summed.</summary>
    private static List<Candidate> Shared(FeatureSpace space, ImmutableArray<StoryProfile> sources, ImmutableArray<int> members, int shared)
    {
        var byId = new Dictionary<int, Candidate>();
        foreach (var member in members)
        {
            var features = sources[member].Features;
            for (var k = 0; k < features.Length; k++)
            {
                var weight = space.Weight(member, k);
                if (weight <= 0) continue;
                var id = space.FeatureId(member, k);
                byId[id] = !byId.TryGetValue(id, out var seen) ? new Candidate(features, k, weight, 1)
                    : FeatureCounts.IsShouted(seen.Display) ? new Candidate(features, k, seen.Weight + weight, seen.Sources + 1)
                    : seen with { Weight = seen.Weight + weight, Sources = seen.Sources + 1 };
            }
        }
        return [.. byId.Values.Where(c => c.Sources >= shared)];
    }

    private static string Pick(List<Candidate> candidates)
    {
        // A label's words are one to four: plain arrays tested word by word, not a hash set each (21,000 stories a run).
        var chosen = new List<(string Display, string[] Words)>();
        foreach (var candidate in candidates.Take(Considered))
        {
            var display = candidate.Display.ToString();
            var words = Analysis.TextAnalyzer.Fold(display).Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            if (chosen.Exists(c => Covers(c.Words, words))) continue;
            // "Los Angeles" after "Angeles" and "Los" takes the place of the first and drops the others.
            var part = chosen.FindIndex(c => Covers(words, c.Words));
            if (part < 0) chosen.Add((display, words));
            else
            {
                chosen[part] = (display, words);
                chosen.RemoveAll(c => c.Words != words && Covers(words, c.Words));
            }
        }
        return string.Join(" · ", chosen.Take(Shown).Select(c => c.Display));
    }

    /// <summary>True when every word of <paramref name="part"/> is among <paramref name="whole"/> (as sets: repeats do not count).</summary>
    private static bool Covers(string[] whole, string[] part)
    {
        foreach (var word in part)
            if (Array.IndexOf(whole, word) < 0) return false;
        return true;
    }
}
