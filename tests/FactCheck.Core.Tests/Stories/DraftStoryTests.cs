using FactCheck.Inputs;
using static FactCheck.Core.Tests.Stories.StoryTexts;

namespace FactCheck.Core.Tests.Stories;

/// <summary>A draft is checked against its references, so it joins their story and never makes one of its own.</summary>
public sealed class DraftStoryTests
{
    [Fact]
    public void A_draft_joins_the_story_of_the_references_it_retells()
    {
        var map = Group(Source("wire.md", FerryWire), Source("daily.md", FerryDaily), Source("musee.md", MuseumAgency, "fr"),
            Source("musee2.md", MuseumDaily, "fr"), Source("draft.md", FerryBlog, role: SourceRole.Draft));

        Assert.True(map.ShareStory("draft.md", "wire.md"));
        Assert.False(map.ShareStory("draft.md", "musee.md"));
    }

    [Fact]
    public void A_draft_that_shares_nothing_with_its_references_still_joins_their_story()
    {
        var map = Group(Source("wire.md", FerryWire), Source("daily.md", FerryDaily), Source("draft.md", Orchestra, role: SourceRole.Draft));

        var story = Assert.Single(map.Stories);
        Assert.Contains("draft.md", story.Sources);
    }
}
