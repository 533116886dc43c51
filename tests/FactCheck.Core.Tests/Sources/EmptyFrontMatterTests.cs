using FactCheck.Sources;

namespace FactCheck.Core.Tests.Sources;

/// <summary>
/// Front matter fences with nothing between them, in every spelling a site writes them, load as a page with no front
/// matter: never an exception (a fuzz input found one).
/// </summary>
public sealed class EmptyFrontMatterTests
{
    [Theory]
    [InlineData("---\n---\n\nThe fund holds €5bn.")]
    [InlineData("---\r\n---\r\n\r\nThe fund holds €5bn.")]
    [InlineData("---\n---")]
    [InlineData("---\n\n---\n\nThe fund holds €5bn.")]
    [InlineData("--- \n--- \nThe fund holds €5bn.")]
    [InlineData("---\n...\nThe fund holds €5bn.")]
    [InlineData("---\n---\n---\nThe fund holds €5bn.")]
    public void Empty_fences_load(string text)
    {
        var (document, error) = SourceLoader.FromText("page.md", text);

        Assert.Null(error);
        Assert.NotNull(document);
    }
}
