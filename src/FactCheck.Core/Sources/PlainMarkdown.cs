using System.Buffers;
using System.Collections.Immutable;

namespace FactCheck.Sources;

/// <summary>
/// Reads the Markdown that is only paragraphs and <c># headings</c> after a plain YAML front matter, with at most tags
/// ("&lt;GM&gt;", "&lt;Union Miniere SA&gt;") and one strong emphasis a block (most news articles: 28,292 of the bench corpus's 29,152 files), the way
/// Markdig reads it, without building its tree: the same prose blocks, each character mapped to the same original offset,
/// the same front matter. Markdig's parse was half of loading a file and 6 % of what a check allocated. Anything else (a
/// character that opens other markup, an indented or list-like line, a fence that is not plain, a space at a line's end)
/// is left to Markdig: <see cref="Read"/> returns null, and <c>PlainMarkdownTests</c> compares both readings.
/// </summary>
internal static class PlainMarkdown
{
    /// <summary>
    /// What makes Markdig read more than words, line breaks, tags, "**" and '&amp;' (read by <see cref="AppendInlines"/>):
    /// underscore emphasis, code, links and images, escapes, tables, and every control character but the line feed (tabs and
    /// carriage returns change columns and breaks).
    /// </summary>
    private static readonly SearchValues<char> Markup = SearchValues.Create(
        "\\`_[]|~\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\v\f\r\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>First characters of a line that may open a block other than a paragraph (lists, quotes, rules, setext underlines).</summary>
    private static readonly SearchValues<char> BlockOpeners = SearchValues.Create("-+*=>_~`<|#");

    /// <summary>The characters <see cref="AppendInlines"/> reads: a line feed, an asterisk, an ampersand, a tag's opening.</summary>
    private static readonly SearchValues<char> InlineStops = SearchValues.Create("\n*&<");

    private const string Fence = "---";

    /// <summary>
    /// The lines of the paragraph being read and the blocks read so far, one list of each per thread, kept from one file to
    /// the next: a list a file, grown from nothing, was 12 MB of the bench corpus's allocations. They hold offsets and
    /// blocks only while a file is read (<see cref="LetGoOfLists"/>).
    /// </summary>
    [ThreadStatic] private static List<(int Start, int First, int End)>? spareLines;

    [ThreadStatic] private static List<ProseBlock>? spareBlocks;

    /// <summary>Markdig's front matter starts on its first line; the line of its content is the next (1-based: 2).</summary>
    private const int FrontMatterLine = 2;

    /// <summary>
    /// The prose of <paramref name="text"/> built with <paramref name="builder"/> (empty again when done), or null when the
    /// text holds anything but a plain front matter, paragraphs and headings.
    /// </summary>
    public static LoadedMarkdown? Read(string text, ProseBuilder builder)
    {
        var (body, frontMatter) = FrontMatterOf(text);
        if (body < 0 || text.AsSpan(body).ContainsAny(Markup)) return null;
        var blocks = spareBlocks ??= [];
        var paragraph = spareLines ??= [];
        // Empty already, but for a reading an exception cut short: nothing of another file is read into this one.
        blocks.Clear();
        paragraph.Clear();
        for (var start = body; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start);
            var indent = line.Length - line.TrimStart(' ').Length;
            var first = start + indent;
            if (indent == line.Length)
            {
                // A blank line ends the paragraph.
                if (!Flush(text, paragraph, builder, blocks)) return Abandon(builder);
            }
            // A space or another white space at either end of a line (a hard break, a trailing no-break space) is Markdig's to read.
            else if (char.IsWhiteSpace(text[first]) || char.IsWhiteSpace(text[end - 1])) return Abandon(builder);
            else if (paragraph.Count == 0 && indent >= 4) return Abandon(builder); // indented code
            else if (indent < 4 && MayOpenBlock(text, first, end, startsBlock: paragraph.Count == 0))
            {
                if (!IsHeading(text, first, end, out var contentStart)) return Abandon(builder);
                // An ATX heading is a block of its own, and ends the paragraph before it.
                if (!Flush(text, paragraph, builder, blocks)) return Abandon(builder);
                paragraph.Add((start, contentStart, end));
                if (!Flush(text, paragraph, builder, blocks)) return Abandon(builder);
            }
            else paragraph.Add((start, first, end));
            start = end + 1;
        }
        if (!Flush(text, paragraph, builder, blocks)) return Abandon(builder);
        ImmutableArray<ProseBlock> read = [.. blocks];
        LetGoOfLists();
        return new LoadedMarkdown(read, frontMatter, frontMatter is null ? 0 : FrontMatterLine, null, [], null);
    }

    /// <summary>
    /// Adds the prose of the block whose lines are <paramref name="lines"/> (a paragraph's, or a heading's words) and empties
    /// the list; false when the block's inlines are more than plain.
    /// </summary>
    private static bool Flush(string text, List<(int Start, int First, int End)> lines, ProseBuilder builder, List<ProseBlock> blocks)
    {
        if (lines.Count == 0) return true;
        var strong = StrongPair(text, lines);
        if (strong is null || !AppendInlines(text, lines, strong.Value, builder)) return false;
        lines.Clear();
        if (builder.Build() is { } block) blocks.Add(block);
        return true;
    }

    /// <summary>
    /// Appends the words of a block's lines, which follow one another in <paramref name="text"/>: a tag ("&lt;GM&gt;", a ticker
    /// in Reuters' copy, "&lt;Union Miniere SA&gt;", a company, even over two lines) is HTML, which keeps the words on either
    /// side apart; "&lt;VOWG.F&gt;" is no tag and stays as written (<see cref="InlineHtml.TagEnd"/>); the two "**" of
    /// <paramref name="strong"/> are emphasis, whose words count. False for any other '*', and for a '&lt;' that may be markup
    /// read otherwise.
    /// </summary>
    private static bool AppendInlines(string text, List<(int Start, int First, int End)> lines, (int Open, int Close) strong, ProseBuilder builder)
    {
        var literal = lines[0].First;
        var last = lines[^1].End;
        for (var i = literal; i < last; i++)
        {
            // Straight to the next character that may be more than prose: a vectorized search, where a test of every
            // character of every file was 0.6 % of a check of the bench corpus.
            var ahead = text.AsSpan(i, last - i).IndexOfAny(InlineStops);
            if (ahead < 0) break;
            i += ahead;
            var c = text[i];
            if (c == '\n')
            {
                // Markdig's soft line break stands at the line feed: the words either side are kept apart there, and the next
                // line's words start after its indentation.
                builder.Append(text.AsSpan(literal, i - literal), literal);
                builder.Separate(i);
                literal = i + 1;
                while (text[literal] == ' ') literal++;
                i = literal - 1;
            }
            else if (c == '*')
            {
                if (i != strong.Open && i != strong.Close) return false;
                builder.Append(text.AsSpan(literal, i - literal), literal);
                literal = i + 2;
                i++;
            }
            // "AT&T", "R&D": a character of the prose; "&amp;", "&#36;" an entity, which Markdig decodes.
            else if (c == '&' && MayBeEntity(text, i, last)) return false;
            else if (c == '<')
            {
                var tagEnd = InlineHtml.TagEnd(text, i, last);
                if (tagEnd == InlineHtml.Unsure) return false;
                if (tagEnd == InlineHtml.NoTag) continue; // a character of the prose ("<VOWG.F>", "3 < 4")
                builder.Append(text.AsSpan(literal, i - literal), literal);
                builder.Separate(i);
                literal = tagEnd;
                i = tagEnd - 1;
            }
        }
        builder.Append(text.AsSpan(literal, last - literal), literal);
        return true;
    }

    /// <summary>
    /// True when the '&amp;' at <paramref name="at"/> may open an entity: letters, digits or '#' up to a ';' (CommonMark's
    /// entities, and more: "&amp;foo;", which Markdig leaves as written, is left to it too).
    /// </summary>
    private static bool MayBeEntity(string text, int at, int end)
    {
        var i = at + 1;
        while (i < end && i - at <= LongestEntity && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '#')) i++;
        return i > at + 1 && i < end && text[i] == ';';
    }

    /// <summary>The longest entity's name and its '#' and digits (CommonMark: 32 characters).</summary>
    private const int LongestEntity = 33;

    /// <summary>
    /// Where the two "**" of a block's one strong emphasis stand ("**Le fonds a perdu 5 %.** Suite"): an opening one at the
    /// start of a line or after a space, before a letter or digit, and a closing one after anything but a space, before a
    /// space or a line's end. (-1, -1) when the block has no '*'; null when its asterisks are anything else.
    /// </summary>
    private static (int Open, int Close)? StrongPair(string text, List<(int Start, int First, int End)> lines)
    {
        var (open, close) = (-1, -1);
        foreach (var (_, first, end) in lines)
        {
            for (var i = text.IndexOf('*', first, end - first); i >= 0; i = i + 2 < end ? text.IndexOf('*', i + 2, end - i - 2) : -1)
            {
                if (i + 1 >= end || text[i + 1] != '*' || (i + 2 < end && text[i + 2] == '*')) return null;
                if (open < 0 && (i == first || text[i - 1] == ' ') && i + 2 < end && char.IsLetterOrDigit(text[i + 2])) open = i;
                else if (open >= 0 && close < 0 && i > first && !char.IsWhiteSpace(text[i - 1]) && (i + 2 == end || text[i + 2] == ' ')) close = i;
                else return null;
            }
        }
        return (open < 0) == (close < 0) ? (open, close) : null;
    }

    /// <summary>Where the body starts and the front matter's content: a text opening on a line of exactly "---" must close it with one, with at least one line between.</summary>
    private static (int Body, ReadOnlyMemory<char>? FrontMatter) FrontMatterOf(string text)
    {
        if (!text.StartsWith(Fence, StringComparison.Ordinal)) return (0, null);
        if (!text.AsSpan(Fence.Length).StartsWith("\n")) return (-1, null);
        var contentStart = Fence.Length + 1;
        for (var start = contentStart; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start);
            if (line.StartsWith(Fence) || line.StartsWith("..."))
            {
                // Only the plain closing fence after some content: "--- " or "...", or an empty front matter, is Markdig's to read.
                if (!line.SequenceEqual(Fence) || start == contentStart || line.ContainsAny('\r', '\0')) return (-1, null);
                var content = text.AsMemory(contentStart, start - 1 - contentStart);
                return content.Span.ContainsAny('\r', '\0') ? (-1, null) : (Math.Min(end + 1, text.Length), content);
            }
            start = end + 1;
        }
        return (-1, null); // never closed
    }

    /// <summary>
    /// True when the line from <paramref name="first"/> may be anything but a paragraph's words: a block opener, "1." / "1)" of
    /// a list (inside a paragraph, only one that starts at 1), or HTML (<see cref="InlineHtml.MayOpenBlock"/>; <paramref name="startsBlock"/>: the line is not inside a paragraph).
    /// </summary>
    private static bool MayOpenBlock(string text, int first, int end, bool startsBlock)
    {
        // "<Union Miniere SA> said": a tag opening a line of prose, not a block of HTML.
        if (text[first] == '<') return InlineHtml.MayOpenBlock(text, first, end, startsBlock);
        // "**Le fonds…": strong emphasis, not a list item ("* ") nor a rule ("***").
        if (text[first] == '*') return !(first + 2 < end && text[first + 1] == '*' && char.IsLetterOrDigit(text[first + 2]));
        if (BlockOpeners.Contains(text[first])) return true;
        var i = first;
        while (i < end && char.IsAsciiDigit(text[i])) i++;
        // "1. ", "2) " and "1987." alone open a list item (Markdig's to read); "1.5 billion" does not.
        if (!(i > first && i < end && text[i] is '.' or ')' && (i + 1 == end || text[i + 1] == ' '))) return false;
        // Inside a paragraph only a list that starts at 1 may interrupt it: "...payment date is April\n15." goes on with the
        // paragraph (CommonMark 0.31, 5.3), as in 881 files of the bench corpus that Markdig's whole parse read for it.
        return startsBlock || !int.TryParse(text.AsSpan(first, i - first), out var number) || number == 1;
    }

    /// <summary>
    /// An ATX heading ("# Title"): one to six '#' and a space, then words that do not end with a '#' (a closing sequence
    /// is Markdig's to read). <paramref name="contentStart"/> is where its words start.
    /// </summary>
    private static bool IsHeading(string text, int first, int end, out int contentStart)
    {
        var i = first;
        while (i < end && text[i] == '#') i++;
        contentStart = i;
        if (text[first] != '#' || i - first > 6 || i >= end || text[i] != ' ') return false;
        while (contentStart < end && text[contentStart] == ' ') contentStart++;
        return contentStart < end && text[end - 1] != '#';
    }

    /// <summary>Empties the builder of what was read before the text turned out to be more than plain.</summary>
    private static LoadedMarkdown? Abandon(ProseBuilder builder)
    {
        builder.Build();
        LetGoOfLists();
        return null;
    }

    /// <summary>
    /// Empties the thread's lists once a file is read: its blocks are not held past its reading. Lists grown past
    /// <see cref="SpareCapacity"/> (a very long file) are left to the collector rather than kept.
    /// </summary>
    private static void LetGoOfLists()
    {
        spareBlocks!.Clear();
        spareLines!.Clear();
        if (spareBlocks.Capacity > SpareCapacity) spareBlocks = null;
        if (spareLines.Capacity > SpareCapacity) spareLines = null;
    }

    private const int SpareCapacity = 4096;
}
