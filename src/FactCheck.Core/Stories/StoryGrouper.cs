using System.Collections.Immutable;
using System.Globalization;
using FactCheck.Inputs;
using FactCheck.Sources;

namespace FactCheck.Stories;

/// <summary>
/// Puts the sources of a run into stories once all are read: TF-IDF cosine of their profiles (names and places across
/// languages, words within one), weakened by distance in time, then average-link grouping. Drafts do not shape the
/// stories: each joins the story of the references it is closest to. The result depends only on the profiles, never on
/// the order they come in or on the number of threads.
/// </summary>
public sealed class StoryGrouper
{
    // How similar on average two groups must be to merge depends on how many sources the run has: a run of five files was
    // most likely put together for one story, a run of thousands most likely was not. Between these two sizes the
    // threshold grows with the logarithm of the size. Measured in docs/stories.md: the sources of one development case are
    // one story up to thresholds of 0.03 to 0.4, one event's articles within a run of 3,000 are 0.2–0.9 similar, and
    // unrelated articles of such a run rarely 0.2.
    private const int FewSources = 5;
    private const double FewSourcesThreshold = 0.03;
    private const int ManySources = 1000;
    private const double ManySourcesThreshold = 0.2;
    // Pairs much below the threshold are left out of the graph: they would only lower averages, as a missing pair does.
    private const double LeastFractionKept = 0.25;
    private const double LeastKept = 0.02;

    private readonly StoryMode mode;
    private readonly double? threshold;

    /// <summary>A grouper in <paramref name="mode"/>.</summary>
    public StoryGrouper(StoryMode mode) => this.mode = mode;

    /// <summary>A grouper with a fixed threshold, whatever the size of the run: the stories benchmark sweeps it.</summary>
    internal StoryGrouper(double threshold) => (mode, this.threshold) = (StoryMode.Grouped, threshold);

    /// <summary>The grouper of factcheck.yml's default, <c>stories: grouped</c>.</summary>
    public static StoryGrouper Default { get; } = new(StoryMode.Grouped);

    /// <summary>
    /// The stories of <paramref name="profiles"/>, one profile a source, on the threads <paramref name="parallel"/> allows
    /// (by default every core; one for a few sources).
    /// </summary>
    public StoryMap Group(ImmutableArray<StoryProfile> profiles, ParallelOptions? parallel = null)
    {
        var sources = profiles.OrderBy(p => p.SourceId, StringComparer.Ordinal).ToImmutableArray();
        if (sources.IsEmpty) return StoryMap.Empty;
        parallel = Cores.For(parallel, sources.Length);
        var space = new FeatureSpace(sources, parallel);
        var groupOf = mode == StoryMode.One ? new int[sources.Length] : Grouped(space, sources, parallel);
        var groups = InOrder(groupOf);
        // Labels are read from each story's own sources: on every core, each in its own slot.
        var labels = new string[groups.Length];
        Parallel.For(0, groups.Length, parallel, n => labels[n] = StoryLabels.Label(space, sources, groups[n]));
        var stories = groups.Select((members, n) => new Story(
            string.Create(CultureInfo.InvariantCulture, $"S{n + 1}"), labels[n], [.. members.Select(i => sources[i].SourceId)]));
        return new StoryMap([.. stories]);
    }

    /// <summary>
    /// The sources of each group, in increasing order, the groups in the order of their first sources: read in one pass
    /// over the sources, since a group is first met at its first source.
    /// </summary>
    private static ImmutableArray<int>[] InOrder(int[] groupOf)
    {
        var indexOf = new int[groupOf.Length];
        Array.Fill(indexOf, -1);
        var members = new List<ImmutableArray<int>.Builder>();
        for (var source = 0; source < groupOf.Length; source++)
        {
            ref var index = ref indexOf[groupOf[source]];
            if (index < 0)
            {
                index = members.Count;
                members.Add(ImmutableArray.CreateBuilder<int>());
            }
            members[index].Add(source);
        }
        return [.. members.Select(m => m.DrainToImmutable())];
    }

    /// <summary>The mean similarity at which two groups of a run of <paramref name="sources"/> sources become one story.</summary>
    internal static double Threshold(int sources)
    {
        var position = Math.Log((double)Math.Clamp(sources, FewSources, ManySources) / FewSources) / Math.Log((double)ManySources / FewSources);
        return FewSourcesThreshold + position * (ManySourcesThreshold - FewSourcesThreshold);
    }

    /// <summary>Cosine similarity of two sources (names and places only across languages), weakened by time apart.</summary>
    internal static double Similarity(FeatureSpace space, ImmutableArray<StoryProfile> sources, int a, int b) => new Similarities(space, sources).Of(a, b);

    private int[] Grouped(FeatureSpace space, ImmutableArray<StoryProfile> sources, ParallelOptions parallel)
    {
        var references = Enumerable.Range(0, sources.Length).Where(i => sources[i].Role == SourceRole.Reference).ToList();
        var drafts = Enumerable.Range(0, sources.Length).Where(i => sources[i].Role == SourceRole.Draft).ToList();
        if (references.Count == 0) (references, drafts) = (drafts, []);
        var sameStory = threshold ?? Threshold(references.Count);
        var similarities = new Similarities(space, sources);
        var edges = CandidatePairs.Find(space, similarities, references, Math.Max(LeastKept, LeastFractionKept * sameStory), parallel);
        var groupOf = AverageLinkClustering.Cluster(sources.Length, edges, sameStory, parallel);
        foreach (var draft in drafts) groupOf[draft] = ClosestGroup(similarities, groupOf, references, draft);
        return groupOf;
    }

    /// <summary>
    /// A draft is checked against its references, so it always joins one of their stories: the one whose sources are on
    /// average most similar to it, else (nothing in common with any) the largest.
    /// </summary>
    private static int ClosestGroup(Similarities similarities, int[] groupOf, List<int> references, int draft) =>
        references.GroupBy(r => groupOf[r])
            .Select(g => (Group: g.Key, Mean: g.Sum(r => similarities.Of(draft, r)) / g.Count(), Size: g.Count()))
            .OrderByDescending(g => g.Mean).ThenByDescending(g => g.Size).ThenBy(g => g.Group)
            .First().Group;
}
