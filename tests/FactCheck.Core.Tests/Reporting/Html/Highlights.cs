using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FactCheck.Reporting;

namespace FactCheck.Core.Tests.Reporting.Html;

/// <summary>A highlighted piece of a source pane as the page shows it: its source, the page ids of its claims, where it starts (1-based) and its text.</summary>
internal sealed record HighlightPiece(string Source, string[] Claims, int Line, int Column, string Text);

/// <summary>
/// Reads where a page's highlights are, by its structure (line N is the Nth <c>div.l</c> of a pane; a column is the number of
/// characters before the piece on its line, plus one), and checks them against the report's locations. The browser test
/// reads the same from Chromium's layout of the page; this reads it from the page parsed as HTML5 is.
/// </summary>
internal static class Highlights
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Every highlighted piece of <paramref name="page"/>, in document order.</summary>
    public static List<HighlightPiece> Read(IDocument page) =>
        [.. page.QuerySelectorAll("section.pane mark.m").Select(mark =>
        {
            var line = mark.Closest("div.l")!;
            var number = line.ParentElement!.Children.Where(c => c.ClassList.Contains("l")).ToList().IndexOf(line) + 1;
            var before = 0;
            foreach (var node in line.Descendants())
            {
                if (node == mark) break;
                if (node is IText text && !mark.Contains(text)) before += text.Data.Length;
            }
            return new HighlightPiece(mark.Closest("section.pane")!.GetAttribute("data-source")!, mark.GetAttribute("data-claims")!.Split(' '), number, before + 1, mark.TextContent);
        })];

    /// <summary>
    /// Every claim of <paramref name="report"/> (page id <c>cN</c> is the Nth) is highlighted exactly at its location: pieces
    /// that follow one another from its line and column to its end line and column, holding its words.
    /// </summary>
    public static void AssertAtTheirSpans(Report report, IReadOnlyList<HighlightPiece> pieces)
    {
        var byClaim = pieces.SelectMany(p => p.Claims.Select(c => (Claim: c, Piece: p))).ToLookup(x => x.Claim, x => x.Piece, StringComparer.Ordinal);
        for (var i = 0; i < report.Claims.Length; i++)
        {
            var claim = report.Claims[i];
            var id = $"c{i + 1}";
            var mine = byClaim[id].ToList();
            var location = claim.Location;
            Assert.True(mine.Count > 0, $"{claim.Id} ({id}, '{claim.Value.Claim.Mention.Text}') is not highlighted");
            Assert.All(mine, p => Assert.Equal(location.Path, p.Source));
            Assert.Equal((location.Line, location.Column), (mine[0].Line, mine[0].Column));
            for (var j = 1; j < mine.Count; j++)
            {
                var (previous, next) = (mine[j - 1], mine[j]);
                var expected = previous.Line == next.Line ? (previous.Line, previous.Column + previous.Text.Length) : (previous.Line + 1, 1);
                Assert.Equal(expected, (next.Line, next.Column));
            }
            Assert.Equal((location.EndLine, location.EndColumn), (mine[^1].Line, mine[^1].Column + mine[^1].Text.Length));
            var shown = string.Concat(mine.Select((p, j) => (j > 0 && mine[j - 1].Line != p.Line ? "\n" : "") + p.Text));
            Assert.Equal(claim.Value.Claim.Mention.Text.Replace("\r\n", "\n", StringComparison.Ordinal), shown);
        }
        Assert.Equal(report.Claims.Length, byClaim.Count);
    }
}
