using System.Collections.Immutable;
using FactCheck.Languages;

namespace FactCheck.Stories;

/// <summary>
/// How similar two sources of a run are: the cosine of their profiles (names and places only across languages), weakened
/// by time apart (<see cref="DateCloseness"/>). What a comparison reads of each source (its language, its date) is
/// gathered once in arrays: a large run compares a million pairs.
/// </summary>
internal sealed class Similarities
{
    private readonly FeatureSpace space;
    // The index of each source's language among the run's: the same language is the same pack.
    private readonly int[] language;
    private readonly DateCloseness.Point[] dates;

    public Similarities(FeatureSpace space, ImmutableArray<StoryProfile> sources)
    {
        this.space = space;
        var languages = new List<LanguagePack>();
        language = new int[sources.Length];
        dates = new DateCloseness.Point[sources.Length];
        for (var s = 0; s < sources.Length; s++)
        {
            language[s] = languages.IndexOf(sources[s].Language);
            if (language[s] < 0)
            {
                language[s] = languages.Count;
                languages.Add(sources[s].Language);
            }
            dates[s] = DateCloseness.Point.Of(sources[s].Date);
        }
    }

    /// <summary>The similarity of sources <paramref name="a"/> and <paramref name="b"/>.</summary>
    public double Of(int a, int b)
    {
        var cosine = language[a] == language[b] ? space.All.Dot(a, b) : space.Shared.Dot(a, b);
        return cosine * DateCloseness.Factor(dates[a], dates[b]);
    }

    /// <summary>
    /// <see cref="Of"/> one source to many others, the same to the last bit: its vectors are held in tables
    /// (<see cref="SparseVectors.Table"/>) once, not merged anew with each other source's.
    /// </summary>
    public sealed class From(Similarities similarities)
    {
        private readonly SparseVectors.Table all = new();
        private readonly SparseVectors.Table shared = new();
        private int a;

        /// <summary>Compares <paramref name="source"/> from now on.</summary>
        public void Start(int source)
        {
            a = source;
            all.Load(similarities.space.All, a);
            shared.Load(similarities.space.Shared, a);
        }

        /// <summary>The similarity of the source started with to <paramref name="b"/>.</summary>
        public double To(int b)
        {
            var cosine = similarities.language[a] == similarities.language[b] ? all.Dot(similarities.space.All, b) : shared.Dot(similarities.space.Shared, b);
            return cosine * DateCloseness.Factor(similarities.dates[a], similarities.dates[b]);
        }
    }
}
