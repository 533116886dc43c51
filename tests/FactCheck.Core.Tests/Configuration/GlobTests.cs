using FactCheck.Configuration;

namespace FactCheck.Core.Tests.Configuration;

public sealed class GlobTests
{
    [Theory]
    [InlineData("drafts/**", "drafts/a.md", true)]
    [InlineData("drafts/**", "drafts/2024/a.md", true)]
    [InlineData("drafts/**", "old/drafts/a.md", false)]
    [InlineData("wires/*.md", "wires/reuters.md", true)]
    [InlineData("wires/*.md", "wires/2024/reuters.md", false)]
    [InlineData("**/*.txt", "notes.txt", true)]
    [InlineData("**/*.txt", "a/b/notes.txt", true)]
    [InlineData("*.txt", "a/b/notes.txt", true)]
    [InlineData("a/**/z.md", "a/z.md", true)]
    [InlineData("a/**/z.md", "a/b/c/z.md", true)]
    [InlineData("wires/{afp,reuters}-?.md", "wires/afp-1.md", true)]
    [InlineData("wires/{afp,reuters}-?.md", "wires/ap-1.md", false)]
    [InlineData("wires/[!a]*.md", "wires/afp.md", false)]
    [InlineData("wires/[a-c]*.md", "wires/bbc.md", true)]
    [InlineData("Drafts/**", "drafts/a.md", false)]
    [InlineData("notes.md", "x/notes.md.bak", false)]
    public void A_glob_matches_paths_as_documented(string pattern, string path, bool expected)
    {
        var (glob, problem) = Glob.Parse(pattern);

        Assert.Null(problem);
        Assert.Equal(expected, glob!.Matches(path));
    }
}
