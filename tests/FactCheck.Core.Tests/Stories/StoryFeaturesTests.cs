using FactCheck.Stories;

namespace FactCheck.Core.Tests.Stories;

/// <summary>A profile's packed features give back every feature as it was counted: kind, key, count and spelling.</summary>
public sealed class StoryFeaturesTests
{
    [Fact]
    public void Packed_features_are_the_features_given()
    {
        StoryFeature[] given =
        [
            new(StoryFeatureKind.Name, "karl lagerfeld", 3, "Karl Lagerfeld"),
            new(StoryFeatureKind.Place, "2988507", 2, "Paris"),
            new(StoryFeatureKind.Term, "ferry", 4, "ferry"),
            new(StoryFeatureKind.Term, "", 1, "x"),
            new(StoryFeatureKind.Term, "sank", 1, ""),
        ];

        var packed = StoryFeatures.Of(given);

        Assert.Equal(given, packed);
        Assert.Equal(given.Length, packed.Length);
        Assert.Equal("Karl Lagerfeld", packed.DisplayAt(0).ToString());
        Assert.Equal("x", packed.DisplayAt(3).ToString());
        Assert.Equal(4, packed.CountAt(2));
        Assert.Equal(StoryFeatureKind.Place, packed.KindAt(1));
    }

    [Fact]
    public void No_features_pack_to_none() => Assert.Empty(StoryFeatures.Of([]));
}
