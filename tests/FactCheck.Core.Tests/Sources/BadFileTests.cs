using System.Text;
using FactCheck.Inputs;
using FactCheck.Sources;

namespace FactCheck.Core.Tests.Sources;

/// <summary>A path or file FactCheck cannot use is a <see cref="UserError"/> naming it, never an exception.</summary>
public sealed class BadFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private UserError LoadError(string name)
    {
        var loader = new SourceLoader(folder.Root);
        var (files, discoverError) = loader.Discover([name]);
        Assert.Null(discoverError);

        var (document, error) = loader.LoadFile(Assert.Single(files), SourceRole.Reference);

        Assert.Null(document);
        return Assert.IsType<UserError>(error);
    }

    [Fact]
    public void A_missing_path_is_reported_as_given()
    {
        var loader = new SourceLoader(folder.Root);

        var (files, error) = loader.Discover(["news/nowhere.md"]);

        Assert.Empty(files);
        Assert.Equal(new UserError("news/nowhere.md", null, "no such file or folder"), error);
    }

    [Fact]
    public void A_missing_path_stops_the_whole_load()
    {
        folder.Write("a.md", "The fund holds €5bn.\n");

        var result = new SourceLoader(folder.Root).Load(["a.md", "nowhere"]);

        Assert.Empty(result.Documents);
        Assert.Equal("nowhere", result.Error?.Path);
    }

    [Fact]
    public void An_empty_file_named_explicitly_is_reported()
    {
        folder.Write("empty.md", "");

        var error = LoadError("empty.md");

        Assert.Equal("empty.md", error.Path);
        Assert.Null(error.Line);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_a_nul_byte_is_reported_as_binary()
    {
        folder.Write("news/image.md", [.. "PNG"u8, 0, 1, 2, .. "The fund"u8]);

        var error = LoadError("news/image.md");

        Assert.Equal("news/image.md", error.Path);
        Assert.Null(error.Line);
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_latin1_file_is_reported_as_not_utf8()
    {
        folder.Write("latin1.txt", Encoding.Latin1.GetBytes("Le fonds doté de 100 milliards.\n"));

        var error = LoadError("latin1.txt");

        Assert.Equal("latin1.txt", error.Path);
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_without_being_read()
    {
        var file = Path.Combine(folder.Root, "huge.md");
        using (var stream = new FileStream(file, FileMode.CreateNew))
            stream.SetLength(SourceLoader.MaxFileBytes + 1); // sparse: no 32 MB is written

        var error = LoadError("huge.md");

        Assert.Equal("huge.md", error.Path);
        Assert.Contains("larger than 32 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_inside_a_folder_is_set_aside_with_its_path_and_the_others_are_read()
    {
        folder.Write("news/a.md", "The fund holds €5bn.\n");
        folder.Write("news/b.md", [0xE9, .. "t\u00E9"u8]);
        folder.Write("news/c.md", "The fund holds €6bn.\n");

        var result = new SourceLoader(folder.Root).Load(["news"]);

        Assert.Null(result.Error);
        Assert.Equal(["news/a.md", "news/c.md"], result.Documents.Select(d => d.Id));
        Assert.Equal("news/b.md", Assert.Single(result.Unreadable).Path);
    }

    [Fact]
    public void A_source_named_through_a_symbolic_link_is_read_whole()
    {
        folder.Write("real.md", "The grid fund holds €5bn, a sentence much longer than the name of the link.\n");
        File.CreateSymbolicLink(Path.Combine(folder.Root, "short.md"), "real.md");

        var result = new SourceLoader(folder.Root).Load(["short.md"]);

        Assert.Contains("longer than the name of the link", Assert.Single(result.Documents).Text, StringComparison.Ordinal);
    }
}
