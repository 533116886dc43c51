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
        // Every story of a run gets a label (21,000 on the bench corpus, most of one source): each thread's candidates, their
        // table and the words chosen are kept from one story to the next, where a list, a dictionary and a delegate or two
        // a story came to 125 MB of garbage while the sources' profiles were still live.
        var scratch = Scratch.OfThisThread;
        try
        {
            var candidates = scratch.Candidates;
            if (members.Length == 1) Own(space, sources, members[0], candidates);
            else
            {
                Shared(space, sources, members, 2, scratch.ById, candidates);
                candidates.Sort(CandidateOrder.Instance);
            }
            return Pick(candidates, scratch.Chosen);
        }
        finally
        {
            scratch.Clear();
        }
    }

    /// <summary>
    /// A source alone: the <see cref="Considered"/> first of its own features of weight in <see cref="CandidateOrder"/>, in
    /// that order. Kept by insertion, not sorted whole: 17,000 of the bench corpus's stories are of one source, and sorting
    /// all their features for the first twelve was 0.4 % of a check (perf). A source's features differ in kind or key, so
    /// the order is total and the twelve are those a sort gives.
    /// </summary>
    private static void Own(FeatureSpace space, ImmutableArray<StoryProfile> sources, int source, List<Candidate> kept)
    {
        var features = sources[source].Features;
        var order = CandidateOrder.Instance;
        for (var k = 0; k < features.Length; k++)
        {
            if (space.Weight(source, k) is not (var weight and > 0)) continue;
            var candidate = new Candidate(features, k, weight, 1);
            if (kept.Count == Considered && order.Compare(candidate, kept[^1]) >= 0) continue;
            var at = kept.Count;
            while (at > 0 && order.Compare(candidate, kept[at - 1]) < 0) at--;
            if (kept.Count == Considered) kept.RemoveAt(Considered - 1);
            kept.Insert(at, candidate);
        }
    }

    /// <summary>A story of several sources: the features at least <paramref name="shared"/> of them have, their weights summed.</summary>
    private static void Shared(
        FeatureSpace space, ImmutableArray<StoryProfile> sources, ImmutableArray<int> members, int shared, Dictionary<int, Candidate> byId, List<Candidate> candidates)
    {
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
        foreach (var candidate in byId.Values)
            if (candidate.Sources >= shared) candidates.Add(candidate);
    }

    private static string Pick(List<Candidate> candidates, List<(string Display, string[] Words)> chosen)
    {
        // A label's words are one to four: plain arrays tested word by word, not a hash set each (21,000 stories a run).
        for (var n = 0; n < Math.Min(Considered, candidates.Count); n++)
        {
            var display = candidates[n].Display.ToString();
            var words = Analysis.TextAnalyzer.Fold(display).Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            if (AnyCovers(chosen, words)) continue;
            // "Los Angeles" after "Angeles" and "Los" takes the place of the first and drops the others.
            var part = FirstCoveredBy(chosen, words);
            if (part < 0) chosen.Add((display, words));
            else
            {
                chosen[part] = (display, words);
                for (var c = chosen.Count - 1; c >= 0; c--)
                    if (chosen[c].Words != words && Covers(words, chosen[c].Words)) chosen.RemoveAt(c);
            }
        }
        var shown = Math.Min(chosen.Count, Shown);
        if (shown == 1) return chosen[0].Display;
        var displays = new string[shown];
        for (var n = 0; n < shown; n++) displays[n] = chosen[n].Display;
        return string.Join(" · ", displays);
    }

    /// <summary>True when the words of one of <paramref name="chosen"/> hold all of <paramref name="words"/>.</summary>
    private static bool AnyCovers(List<(string Display, string[] Words)> chosen, string[] words)
    {
        foreach (var (_, whole) in chosen)
            if (Covers(whole, words)) return true;
        return false;
    }

    /// <summary>The first of <paramref name="chosen"/> whose words are all among <paramref name="words"/>, or -1.</summary>
    private static int FirstCoveredBy(List<(string Display, string[] Words)> chosen, string[] words)
    {
        for (var c = 0; c < chosen.Count; c++)
            if (Covers(words, chosen[c].Words)) return c;
        return -1;
    }

    /// <summary>True when every word of <paramref name="part"/> is among <paramref name="whole"/> (as sets: repeats do not count).</summary>
    private static bool Covers(string[] whole, string[] part)
    {
        foreach (var word in part)
            if (Array.IndexOf(whole, word) < 0) return false;
        return true;
    }

    /// <summary>Most sources first, then most weight, names and places before words, then by key: a total order.</summary>
    private sealed class CandidateOrder : IComparer<Candidate>
    {
        public static CandidateOrder Instance { get; } = new();

        public int Compare(Candidate x, Candidate y) =>
            y.Sources != x.Sources ? y.Sources.CompareTo(x.Sources)
            : y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight)
            : y.Kind != x.Kind ? y.Kind.CompareTo(x.Kind)
            : x.Key.SequenceCompareTo(y.Key);
    }

    /// <summary>What labelling a story needs for a while, kept by each thread for the next story.</summary>
    private sealed class Scratch
    {
        [ThreadStatic] private static Scratch? ofThisThread;

        public static Scratch OfThisThread => ofThisThread ??= new Scratch();

        public List<Candidate> Candidates { get; } = [];

        public Dictionary<int, Candidate> ById { get; private set; } = [];

        public List<(string Display, string[] Words)> Chosen { get; } = [];

        /// <summary>
        /// Empties the lists, so that nothing of a story is held once its label is made. A table a large story grew is
        /// dropped instead: emptied, it would clear all its buckets for every small story after it.
        /// </summary>
        public void Clear()
        {
            Candidates.Clear();
            if (ById.Count > LargeTable) ById = [];
            else ById.Clear();
            Chosen.Clear();
        }

        private const int LargeTable = 1024;
    }
}
