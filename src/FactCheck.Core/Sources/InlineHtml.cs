using System.Collections.Frozen;

namespace FactCheck.Sources;

/// <summary>
/// The raw HTML that <see cref="PlainMarkdown"/> reads as Markdig does, within a block's lines: CommonMark's open and closing
/// tags ("&lt;Union Miniere SA&gt;", "&lt;a href=\"x\"&gt;", "&lt;/b&gt;"), and the tag names that open an HTML block at a line's start.
/// Reuters' copy names companies in angle brackets, which CommonMark reads as tags whose words are attributes: 3,288 files of
/// the bench corpus were left to Markdig's whole parse for a tag of several words, over two lines or at a line's start.
/// Anything this reading is not sure of (a tag that may go on past its block, a comment, an autolink) is Markdig's to read.
/// </summary>
internal static class InlineHtml
{
    /// <summary>The answer for a '&lt;' that may be markup this reading does not follow: the text is left to Markdig.</summary>
    public const int Unsure = -1;

    /// <summary>The answer for a '&lt;' that opens no tag: a character of the prose.</summary>
    public const int NoTag = 0;

    /// <summary>
    /// The names that open an HTML block when a line starts with "&lt;name" or "&lt;/name" (CommonMark 0.31's kinds 1 and 6, and
    /// "source", which Markdig 1.6 adds): a block of HTML, not prose, which only Markdig reads.
    /// </summary>
    private static readonly FrozenSet<string> BlockNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
        "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "pre", "script", "search", "section", "source",
        "style", "summary", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul");

    /// <summary>
    /// Where the tag that opens at <paramref name="lt"/> (a '&lt;') ends, past its '&gt;', when the text up to <paramref name="end"/>
    /// (a line, or the lines of a block, whose line feeds are white space in a tag) holds a whole open or closing tag;
    /// <see cref="NoTag"/> when the '&lt;' is a character of the prose; <see cref="Unsure"/> when it may be markup read
    /// otherwise: a tag going on past <paramref name="end"/>, a comment, a declaration, an autolink.
    /// </summary>
    public static int TagEnd(string text, int lt, int end)
    {
        var tagEnd = TagOrNot(text, lt, end);
        // A '*' inside a tag would be taken for emphasis by PlainMarkdown's strong pair, which Markdig reads after the tags.
        return tagEnd > 0 && text.AsSpan(lt, tagEnd - lt).Contains('*') ? Unsure : tagEnd;
    }

    private static int TagOrNot(string text, int lt, int end)
    {
        var i = lt + 1;
        if (i >= end) return NoTag;
        var closing = text[i] == '/';
        if (closing) i++;
        if (i >= end) return Unsure;
        if (!char.IsAsciiLetter(text[i])) return closing || text[i] is '!' or '?' ? Unsure : LiteralUnlessAutolink(text, lt, end);
        while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-')) i++;
        if (closing)
        {
            i = SkipSpaces(text, i, end);
            return i >= end ? Unsure : text[i] == '>' ? i + 1 : Unsure;
        }
        while (true)
        {
            if (i >= end) return Unsure;
            var c = text[i];
            if (c == '>') return i + 1;
            if (c == '/') return i + 1 < end && text[i + 1] == '>' ? i + 2 : Unsure;
            if (c is not (' ' or '\n')) return LiteralUnlessAutolink(text, lt, end);
            i = SkipSpaces(text, i, end);
            if (i >= end) return Unsure;
            if (text[i] is '>' or '/') continue;
            if (!IsAttributeNameStart(text[i])) return LiteralUnlessAutolink(text, lt, end);
            while (i < end && IsAttributeNameCharacter(text[i])) i++;
            var afterName = SkipSpaces(text, i, end);
            if (afterName >= end) return Unsure;
            if (text[afterName] != '=') continue;
            i = SkipSpaces(text, afterName + 1, end);
            if (i >= end) return Unsure;
            if (text[i] is '"' or '\'')
            {
                var close = text.IndexOf(text[i], i + 1, end - i - 1);
                if (close < 0) return Unsure; // a quoted value may go on over the next line
                i = close + 1;
                continue;
            }
            var value = i;
            while (i < end && text[i] is not (' ' or '\n' or '"' or '\'' or '=' or '<' or '>' or '`')) i++;
            if (i == value) return Unsure;
        }
    }

    /// <summary>
    /// True when a line whose first character <paramref name="first"/> is a '&lt;' may open an HTML block: a block tag name, a
    /// comment or declaration, or (<paramref name="startsBlock"/>: not inside a paragraph, which such a block cannot
    /// interrupt) a line that is only a tag.
    /// </summary>
    public static bool MayOpenBlock(string text, int first, int end, bool startsBlock)
    {
        var i = first + 1;
        if (i < end && text[i] is '!' or '?') return true;
        if (i < end && text[i] == '/') i++;
        var name = i;
        while (i < end && char.IsAsciiLetterOrDigit(text[i])) i++;
        if (BlockNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(name, i - name))) return true;
        if (!startsBlock) return false;
        var tagEnd = TagEnd(text, first, end);
        // Trailing white space never reaches here: PlainMarkdown leaves such a line to Markdig.
        return tagEnd == Unsure || tagEnd == end;
    }

    /// <summary>
    /// <see cref="NoTag"/> for a '&lt;' that opens no tag, unless what follows it up to a '&gt;' could be an autolink
    /// ("&lt;http://x&gt;", "&lt;a@b.c&gt;"): a link, not prose.
    /// </summary>
    private static int LiteralUnlessAutolink(string text, int lt, int end)
    {
        var sign = false;
        for (var i = lt + 1; i < end; i++)
        {
            var c = text[i];
            if (c == '>') return sign ? Unsure : NoTag;
            if (c is '<' or ' ' or '\n') return NoTag;
            sign |= c is ':' or '@';
        }
        return NoTag;
    }

    /// <summary>Past the spaces and line feeds from <paramref name="i"/> (a block's lines hold no blank one).</summary>
    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\n') i++;
        return i;
    }

    private static bool IsAttributeNameStart(char c) => char.IsAsciiLetter(c) || c is '_' or ':';

    private static bool IsAttributeNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or ':' or '-';
}
