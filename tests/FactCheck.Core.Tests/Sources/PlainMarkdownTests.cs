using CsCheck;
using FactCheck.Sources;

namespace FactCheck.Core.Tests.Sources;

/// <summary>
/// Paragraphs and headings are read without Markdig's tree (<see cref="PlainMarkdown"/>): every text must give exactly what
/// Markdig gives, block by block, each prose character mapped to the same original offset, and the same front matter.
/// <c>FACTCHECK_MARKDOWN_CORPUS=DIR</c> compares both readings on every .md file under DIR as well (the bench corpus).
/// </summary>
public sealed class PlainMarkdownTests
{
    [Theory]
    [InlineData("The fund holds €5bn.\n")]
    [InlineData("---\ntitle: \"A [bracketed] *title*\"\ndate: 2020-01-02\n---\n\n# SALLIE MAE ADJUSTS RATES\n\nWASHINGTON, April 7 - The Student Loan Marketing\nAssociation said its rates were\n    MATURITY   NEW RATE    OLD RATE\n    5-14 days  5.75 pct    5.65 pct\n Reuter\n")]
    [InlineData("# Title\nA paragraph right under its heading.\n## Second heading\n")]
    [InlineData("  Indented a little.\n   And its next line.\n\nAnother, with  two  spaces inside.")]
    [InlineData("---\nlanguage: fr\n---\nLe fonds détient 5 milliards d’euros — selon l’OTAN.")]
    [InlineData("---\n\ntitle: x\n\n---\n# T\n")]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("# CHESAPEAKE <CSK> SEEKS TO SELL UNIT\n\nIt retained Salomon Inc <SB> to help it sell\nVolkswagen AG <VOWG.F> and <C>, Wow!\n")]
    [InlineData("**Le fonds a perdu 5 %.** La suite,\nsans gras.\n\n**Une phrase\nsur deux lignes.**\n")]
    [InlineData("Le 1.5 milliard > 1 milliard.\n")]
    [InlineData("<GM> opens the line\n")]
    [InlineData("A tag <a href=\"x\"> with attributes\n")]
    [InlineData("BRUSSELS, March 27 - <Union Miniere SA> said it\nsold its stake to <Pan Mining Ltd>.\n")]
    [InlineData("ruling last year ordering Lac to hand over the mine to\n<International Corona Resources Ltd>.\n")]
    [InlineData("<Borg-Warner (Australia) Ltd> is no tag, and 3 < 4 is no tag either.\n")]
    [InlineData("Tags <a b='c d' e=f g> and </b> and <br/> and <img src=x />.\n")]
    [InlineData("# LAC <LAC> BOOSTING SPENDING\n\n<CSK> said.\n")]
    [InlineData("A paragraph\n1987. A year opens the line\n")]
    [InlineData("Payment date is April\n15.\n")]
    [InlineData("AT&T and R&D & S&P 500, & more.\n")]
    [InlineData("A tag <a\nb> over two lines\n")]
    [InlineData("A value <a b=\"c\nd\"> over two lines\n")]
    [InlineData("<Pilipinas Nissan Inc> and <Philippine Automotive Manufacturing\n   Corp> said they\nwould merge.\n")]
    [InlineData("The sums were\n2) two and\n12. twelve\n")]
    public void Plain_markdown_is_read_without_Markdig_and_as_Markdig_reads_it(string text)
    {
        var plain = PlainMarkdown.Read(text, new ProseBuilder());

        Assert.NotNull(plain);
        AssertSame(MarkdownLoader.Parsed(text, new ProseBuilder()), plain);
    }

    [Theory]
    [InlineData("It is **€5bn**.\n")]
    [InlineData("Line with a hard break  \nnext line\n")]
    [InlineData("Trailing no-break space\u00A0\nnext\n")]
    [InlineData("A paragraph\n===\n")]
    [InlineData("A paragraph\n---\n")]
    [InlineData("1. one\n2. two\n")]
    [InlineData("A paragraph\n1. interrupted by a list\n")]
    [InlineData("A paragraph\n01. still a list of one\n")]
    [InlineData("15.\nA list item of its own\n")]
    [InlineData("- item\n")]
    [InlineData("    indented code\n")]
    [InlineData("# Closed heading #\n")]
    [InlineData("#hashtag line\n")]
    [InlineData("####### seven\n")]
    [InlineData("---\ntitle: x\n")]
    [InlineData("---\n---\nEmpty front matter.\n")]
    [InlineData("---\ntitle: x\n--- \nbody\n")]
    [InlineData("---\ntitle: x\n...\nbody\n")]
    [InlineData("---\r\ntitle: x\r\n---\r\nbody\r\n")]
    [InlineData("Tab\tinside\n")]
    [InlineData("A &amp; B\n")]
    [InlineData("Q&A; an entity Markdig does not know, left to it\n")]
    [InlineData("Price &#36;5\n")]
    [InlineData("Costs \\$5.\n")]
    [InlineData("See <!-- factcheck-disable --> this.\n")]
    [InlineData("| a | b |\n|---|---|\n")]
    [InlineData("+ plus item\n")]
    [InlineData("> quoted\n")]
    [InlineData("A link <http://example.com>\n")]
    [InlineData("Mail <a@b.c> us\n")]
    [InlineData("<div>\nblock\n")]
    [InlineData("A paragraph\n<div> interrupts it\n")]
    [InlineData("<Company Ltd>\n")]
    [InlineData("A comment <!-- x --> inside\n")]
    [InlineData("A tag <a b\n\nc> broken by a blank line\n")]
    [InlineData("A tag <a b=\"c\n\nd\"> whose value a blank line breaks\n")]
    [InlineData("# A heading <a\nb> ends on its line\n")]
    [InlineData("A tag <a title=\" **x\"> holding stars**\n")]
    [InlineData("**Not closed\n")]
    [InlineData("**One** and **two**\n")]
    [InlineData("It is **5bn **now\n")]
    [InlineData("***Three***\n")]
    public void Anything_else_is_read_by_Markdig(string text)
    {
        Assert.Null(PlainMarkdown.Read(text, new ProseBuilder()));
        AssertSame(MarkdownLoader.Parsed(text, new ProseBuilder()), MarkdownLoader.Load(text));
    }

    [Fact]
    public void A_builder_left_by_a_text_that_turned_out_not_plain_starts_empty()
    {
        var builder = new ProseBuilder();
        Assert.Null(PlainMarkdown.Read("A first paragraph.\n\nThen **markup**.\n", builder));
        Assert.Null(PlainMarkdown.Read("A first paragraph.\nThen\n- a list\n", builder));

        Assert.Equal(0, builder.Length);
    }

    [Fact]
    public void Texts_made_of_plain_and_tricky_lines_read_alike_both_ways()
    {
        string[] lines =
        [
            "", " ", "The fund holds €5bn.", "  indented two", "    indented four", "        indented eight", "# Heading", "## Heading two",
            "#NoSpace", "# Closed #", "####### seven", "1987. Year", "12) twelve", "1) one", "15.", "0.", "01. zero one", "- dash item", "---", "===", "...", "* star",
            "Word  ", "Word \u00A0", "\u00A0Leading no-break", "A **bold** word", "l’OTAN a dit", "Cost: $5 (£4)", "a | b", "x\ty",
            "<p>html</p>", "3 < 4 > 2", "R&D", "AT&T said", "&amp;", "x &#36; y", "Q&A;", "title: x", "+ plus", "> quote", "```", "~~~", "\u2028", "Trailing hash #",
            "**Bold** start", "**Open", "close.** here", "end.**", "Inc <SB> said", "AG <VOWG.F> said", "<GM> starts", "a <b c> d",
            "**", "***", "x ** y", "<x.y:z>", "<a@b.c>", "1.5 billion", "2) two", "Wow! Great", "see <C>", "**<C>**",
            "<Union Miniere SA> said", "to <Pan Mining Ltd>.", "<Company Ltd>", "<TR> ticker", "<div>", "</p>", "<a b='c'>",
            "x <a b=\"c", "d\"> y", "<a", "b> c", "< 5 >", "<Borg-Warner (Australia) Ltd>", "<br/>", "<img src=x />", "<?x?>",
        ];
        var gen = Gen.Int[0, lines.Length - 1].Array[1, 12].Select(picks => string.Join('\n', picks.Select(p => lines[p])));
        var withFrontMatter = Gen.OneOf(gen, gen.Select(body => "---\ntitle: x\n---\n" + body), gen.Select(body => body + "\n"));
        withFrontMatter.Sample(text => AssertSame(MarkdownLoader.Parsed(text, new ProseBuilder()), MarkdownLoader.Load(text)), iter: 20_000);
    }

    [Fact]
    public void The_repository_s_markdown_reads_alike_both_ways()
    {
        var root = RepoPaths.Root;
        var files = Directory.GetFiles(Path.Combine(root, "samples"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(root, "tests"), "*.md", SearchOption.AllDirectories));
        if (Environment.GetEnvironmentVariable("FACTCHECK_MARKDOWN_CORPUS") is { Length: > 0 } corpus)
            files = files.Concat(Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories));
        var (plain, all) = (0, 0);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (NestingGuard.FirstLineDeeperThan(text, MarkdownLoader.MaxNesting) is not null) continue;
            all++;
            if (PlainMarkdown.Read(text, new ProseBuilder()) is not null) plain++;
            var expected = MarkdownLoader.Parsed(text, new ProseBuilder());
            var actual = MarkdownLoader.Load(text);
            AssertSame(expected, actual, file);
        }
        Assert.True(plain > 0 && all > plain, $"{plain} of {all} files read as plain: the comparison must see both readings");
    }

    private static void AssertSame(LoadedMarkdown expected, LoadedMarkdown actual, string? file = null)
    {
        var where = file is null ? "" : file + ": ";
        Assert.True(expected.FrontMatter?.ToString() == actual.FrontMatter?.ToString(), where + "front matter");
        Assert.True(expected.FrontMatterLine == actual.FrontMatterLine, where + "front matter line");
        Assert.True(expected.TooDeepAt == actual.TooDeepAt, where + "depth");
        Assert.True(expected.BadDirective == actual.BadDirective, where + "bad directive");
        Assert.True(expected.Directives.SequenceEqual(actual.Directives), where + "directives");
        Assert.True(expected.Blocks.Length == actual.Blocks.Length,
            $"{where}{expected.Blocks.Length} blocks expected, {actual.Blocks.Length} read: [{string.Join("|", expected.Blocks.Select(b => b.Text))}] against [{string.Join("|", actual.Blocks.Select(b => b.Text))}]");
        for (var i = 0; i < expected.Blocks.Length; i++)
        {
            var (e, a) = (expected.Blocks[i], actual.Blocks[i]);
            Assert.True(e.Text == a.Text, $"{where}block {i}: '{e.Text}' expected, '{a.Text}' read");
            Assert.True(e.Map.Runs.ProseStarts.SequenceEqual(a.Map.Runs.ProseStarts) && e.Map.Runs.OriginalStarts.SequenceEqual(a.Map.Runs.OriginalStarts)
                && e.Map.Runs.WideLengths.SequenceEqual(a.Map.Runs.WideLengths), $"{where}block {i} '{e.Text}': its map differs");
        }
    }
}
