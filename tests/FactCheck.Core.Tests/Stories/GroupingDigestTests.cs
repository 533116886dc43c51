using System.Collections.Immutable;
using FactCheck.Inputs;
using FactCheck.Stories;
using static FactCheck.Core.Tests.Stories.StoryTexts;

namespace FactCheck.Core.Tests.Stories;

/// <summary>
/// The digest under which a cache keeps a run's stories: the same for the same profiles in any order, another as soon as
/// anything the grouping reads changes, so kept stories are never taken for profiles they were not grouped from.
/// </summary>
public sealed class GroupingDigestTests
{
    private static readonly ImmutableArray<StoryProfile> Profiles =
    [
        Profile(Source("wire.md", FerryWire, date: "2024-03-12")), Profile(Source("agence.md", FerryFrench, "fr")),
        Profile(Source("museum.md", MuseumAgency, "fr")), Profile(Source("bakery.md", Bakery)),
    ];

    private static byte[] Of(ImmutableArray<StoryProfile> profiles, StoryMode mode = StoryMode.Grouped) => GroupingDigest.Of(profiles, mode);

    private static ImmutableArray<StoryProfile> WithFirst(StoryProfile changed) => Profiles.SetItem(0, changed);

    private static StoryFeatures Replaced(StoryFeatures features, StoryFeature first) => StoryFeatures.Of([first, .. features.Skip(1)]);

    [Fact]
    public void The_order_of_the_profiles_changes_nothing()
    {
        Assert.Equal(Of(Profiles), Of([.. Profiles.Reverse()]));
    }

    [Fact]
    public void Anything_the_grouping_reads_changes_it()
    {
        var first = Profiles[0];
        var feature = first.Features[0];
        ImmutableArray<StoryProfile>[] changed =
        [
            WithFirst(first with { SourceId = "wire2.md" }),
            WithFirst(first with { Language = Profiles[1].Language }),
            WithFirst(first with { Date = first.Date! with { Day = 13 } }),
            WithFirst(first with { Date = first.Date! with { Origin = DateOrigin.InferredFromText } }),
            WithFirst(first with { Date = null }),
            WithFirst(first with { Role = SourceRole.Draft }),
            WithFirst(first with { Features = Replaced(first.Features, feature with { Count = feature.Count + 1 }) }),
            WithFirst(first with { Features = Replaced(first.Features, feature with { Key = feature.Key + "x" }) }),
            WithFirst(first with { Features = Replaced(first.Features, feature with { Display = feature.Display + "x" }) }),
            WithFirst(first with { Features = StoryFeatures.Of([.. first.Features.Skip(1)]) }),
            Profiles.RemoveAt(3),
        ];

        Assert.All(changed, profiles => Assert.NotEqual(Of(Profiles), Of(profiles)));
        Assert.NotEqual(Of(Profiles), Of(Profiles, StoryMode.One));
        Assert.Equal(changed.Length, changed.Select(p => Convert.ToHexString(Of(p))).Distinct().Count());
    }
}
