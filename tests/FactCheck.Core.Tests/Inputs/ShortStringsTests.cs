using FactCheck.Inputs;

namespace FactCheck.Core.Tests.Inputs;

/// <summary>
/// The per-thread pool of repeated short strings (outlets, measure keys, numbers) gives one copy of each, and stays bounded:
/// a language server that checks for hours with ever new words must not keep them all.
/// </summary>
public sealed class ShortStringsTests
{
    [Fact]
    public void A_string_repeated_by_many_files_is_kept_once()
    {
        var first = ShortStrings.Of(new string("Reuters".AsSpan()));

        var again = ShortStrings.Of("Reuters".AsSpan());

        Assert.Same(first, again);
    }

    [Fact]
    public void The_pool_starts_again_once_full_so_new_words_do_not_pile_up()
    {
        var first = ShortStrings.Of("outlet-before-many-others".AsSpan());

        for (var i = 0; i < 10_000; i++) ShortStrings.Of($"word-{i}".AsSpan());
        var later = ShortStrings.Of("outlet-before-many-others".AsSpan());

        Assert.Equal(first, later);
        Assert.NotSame(first, later);
    }
}
