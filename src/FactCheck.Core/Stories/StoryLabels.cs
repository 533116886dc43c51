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
            return Pick(candidates, scratch);
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

    /// <summary>
    /// The label of the first <see cref="Considered"/> of <paramref name="candidates"/>. Their words are compared folded, in
    /// one buffer of the thread's: strings are made only for the few displays the label shows, where a string, its folded
    /// copy and an array of words a candidate were 25 MB of the bench corpus's garbage and 1 % of a check (perf).
    /// </summary>
    private static string Pick(List<Candidate> candidates, Scratch scratch)
    {
        var (words, chosen) = (scratch.Words, scratch.Chosen);
        var considered = Math.Min(Considered, candidates.Count);
        for (var n = 0; n < considered; n++) words.Add(candidates[n].Display);
        // A label's words are one to four: tested word by word, not a hash set each (21,000 stories a run).
        for (var n = 0; n < considered; n++)
        {
            if (AnyCovers(words, chosen, n)) continue;
            // "Los Angeles" after "Angeles" and "Los" takes the place of the first and drops the others.
            var part = FirstCoveredBy(words, chosen, n);
            if (part < 0) chosen.Add(n);
            else
            {
                chosen[part] = n;
                for (var c = chosen.Count - 1; c >= 0; c--)
                    if (chosen[c] != n && words.Covers(n, chosen[c])) chosen.RemoveAt(c);
            }
        }
        var shown = Math.Min(chosen.Count, Shown);
        if (shown == 1) return candidates[chosen[0]].Display.ToString();
        var displays = new string[shown];
        for (var n = 0; n < shown; n++) displays[n] = candidates[chosen[n]].Display.ToString();
        return string.Join(" · ", displays);
    }

    /// <summary>True when the words of one of <paramref name="chosen"/> hold all of candidate <paramref name="n"/>'s.</summary>
    private static bool AnyCovers(FoldedWords words, List<int> chosen, int n)
    {
        foreach (var whole in chosen)
            if (words.Covers(whole, n)) return true;
        return false;
    }

    /// <summary>The first of <paramref name="chosen"/> whose words are all among candidate <paramref name="n"/>'s, or -1.</summary>
    private static int FirstCoveredBy(FoldedWords words, List<int> chosen, int n)
    {
        for (var c = 0; c < chosen.Count; c++)
            if (words.Covers(n, chosen[c])) return c;
        return -1;
    }

    /// <summary>
    /// The folded words of a story's candidates, by candidate number, all in one buffer: a display is folded as
    /// <see cref="Analysis.TextAnalyzer.Fold"/> folds it and split at <see cref="Separators"/>, empty words dropped.
    /// </summary>
    private sealed class FoldedWords
    {
        // Past this many characters a thread lets its buffer go: a huge name's would be held for the rest of the run.
        private const int LargestKept = 4096;
        private char[] folded = new char[256];
        private int length;
        private readonly List<(int Start, int Length)> words = [];
        private readonly List<int> firstWord = [0];

        /// <summary>Folds and splits the display of the next candidate.</summary>
        public void Add(ReadOnlySpan<char> display)
        {
            Room(display.Length * 4);
            if (!Analysis.WordFolding.TryFold(display, folded.AsSpan(length), out var written))
            {
                // A character past the folding table: the display is folded as a string.
                var whole = Analysis.WordFolding.Fold(display);
                Room(whole.Length);
                whole.CopyTo(folded.AsSpan(length));
                written = whole.Length;
            }
            var (at, end) = (length, length + written);
            while (at < end)
            {
                var next = folded.AsSpan(at, end - at).IndexOfAny(Separators);
                var stop = next < 0 ? end : at + next;
                if (stop > at) words.Add((at, stop - at));
                at = stop + 1;
            }
            length = end;
            firstWord.Add(words.Count);
        }

        /// <summary>True when every word of candidate <paramref name="part"/> is among those of <paramref name="whole"/> (as sets).</summary>
        public bool Covers(int whole, int part)
        {
            for (var p = firstWord[part]; p < firstWord[part + 1]; p++)
                if (!Has(whole, Word(p))) return false;
            return true;
        }

        private bool Has(int candidate, ReadOnlySpan<char> word)
        {
            for (var w = firstWord[candidate]; w < firstWord[candidate + 1]; w++)
                if (Word(w).SequenceEqual(word)) return true;
            return false;
        }

        private ReadOnlySpan<char> Word(int w) => folded.AsSpan(words[w].Start, words[w].Length);

        private void Room(int more)
        {
            if (length + more > folded.Length) Array.Resize(ref folded, Math.Max(2 * folded.Length, length + more));
        }

        /// <summary>Forgets every candidate's words; a buffer grown past <see cref="LargestKept"/> is let go.</summary>
        public void Clear()
        {
            length = 0;
            words.Clear();
            if (words.Capacity > LargestKept) words.Capacity = 0;
            firstWord.Clear();
            firstWord.Add(0);
            if (folded.Length > LargestKept) folded = new char[256];
        }
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

        public List<int> Chosen { get; } = [];

        public FoldedWords Words { get; } = new();

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
            Words.Clear();
        }

        private const int LargeTable = 1024;
    }
}
