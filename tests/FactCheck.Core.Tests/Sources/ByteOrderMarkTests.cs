using System.Text;
using FactCheck.Inputs;
using FactCheck.Reporting;
using FactCheck.Sources;

namespace FactCheck.Core.Tests.Sources;

/// <summary>A UTF-8 byte order mark is not part of the text: columns on the first line start at 1 and front matter is still found.</summary>
public sealed class ByteOrderMarkTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private SourceDocument LoadWithBom(string name, string text)
    {
        var file = folder.Write(name, [.. Encoding.UTF8.Preamble, .. new UTF8Encoding(false).GetBytes(text)]);
        var loader = new SourceLoader(folder.Root);
        var (files, discoverError) = loader.Discover([file]);
        Assert.Null(discoverError);

        var (document, error) = loader.LoadFile(Assert.Single(files), SourceRole.Reference);

        Assert.Null(error);
        return Assert.IsType<SourceDocument>(document);
    }

    [Theory]
    [InlineData("news.md")]
    [InlineData("news.txt")]
    public void The_text_does_not_start_with_the_bom(string name)
    {
        var document = LoadWithBom(name, "The fund holds €5bn.\n");

        Assert.Equal("The fund holds €5bn.\n", document.Text);
    }

    [Theory]
    [InlineData("news.md", "# Title €5bn\n", "news.md:1:9")]
    [InlineData("news.txt", "The fund holds €5bn.\n", "news.txt:1:16")]
    public void Columns_on_the_first_line_start_at_one(string name, string text, string expected)
    {
        var document = LoadWithBom(name, text);

        var location = new LineMap(document.Id, document.Text).Locate(Loaded.SpanOf(document, "€5bn"));

        Assert.Equal(expected, location.ToString());
    }

    [Fact]
    public void Front_matter_after_a_bom_is_read()
    {
        var document = LoadWithBom("news.md", "---\ntitle: Fund\nlanguage: fr\n---\nLe fonds est prêt.\n");

        Assert.Equal("Fund", document.Title);
        Assert.Equal("fr", document.Language.Code);
    }
}
