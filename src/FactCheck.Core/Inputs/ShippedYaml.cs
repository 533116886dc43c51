using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactCheck.Inputs;

/// <summary>
/// Reads the YAML FactCheck ships in the plain shape it is written in (block mappings whose values are flow lists, flow
/// mappings, plain or double-quoted scalars; comments) into the parsing events YamlDotNet's own parser gives, without its
/// scanner, which took a fifth of the CPU of a one-article check reading the two language packs every run starts with (the
/// packs are now read in 25 ms on the main thread instead of 45, traced on a loaded machine). Anything outside that shape (a block list, a multi-line scalar, a single quote, an escape, a tab, an anchor, a tag,
/// a trailing comma) gives null, and YamlDotNet reads the text. Only for the shipped files: a test holds the events equal to
/// YamlDotNet's for every one of them; a user's YAML goes through YamlDotNet, with its messages.
/// </summary>
internal static class ShippedYaml
{
    /// <summary>The events of <paramref name="text"/>, or null when it is not in the plain shape.</summary>
    public static List<ParsingEvent>? Events(string text)
    {
        var reader = new Reader(text);
        return reader.Document() ? reader.Events : null;
    }

    private sealed class Reader(string text)
    {
        /// <summary>What <see cref="BlockMapping"/> and <see cref="NextContentIndent"/> return at the text's end.</summary>
        private const int End = -1;

        /// <summary>What they return for a text outside the plain shape.</summary>
        private const int Outside = -2;

        private int pos;
        private int line = 1;
        private int lineStart;

        public List<ParsingEvent> Events { get; } = [];

        private Mark Here => new(pos, line, pos - lineStart + 1);

        private char Current => pos < text.Length ? text[pos] : '\0';

        public bool Document()
        {
            var start = Here;
            Events.Add(new StreamStart(start, start));
            if (NextContentIndent() != 0) return false;
            var at = Here;
            Events.Add(new DocumentStart(null, null, true, at, at));
            if (BlockMapping(0) != End) return false;
            var end = Here;
            Events.Add(new DocumentEnd(true, end, end));
            Events.Add(new StreamEnd(end, end));
            return true;
        }

        /// <summary>
        /// A block mapping whose keys stand at column <paramref name="indent"/>, the reader at its first key. Returns the column
        /// of the line after it (the reader at that line's first character), <see cref="End"/> at the text's end, or
        /// <see cref="Outside"/>.
        /// </summary>
        private int BlockMapping(int indent)
        {
            var start = Here;
            Events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, start, start));
            while (true)
            {
                if (!Plain(flow: false, key: true)) return Outside;
                pos++;
                SkipSpaces();
                int next;
                if (AtLineEnd())
                {
                    // The value is a block mapping on the lines below, further in.
                    var inner = NextContentIndent();
                    if (inner <= indent) return Outside;
                    next = BlockMapping(inner);
                    if (next == Outside) return Outside;
                }
                else
                {
                    if (!Node(flow: false)) return Outside;
                    SkipSpaces();
                    if (!AtLineEnd()) return Outside;
                    next = NextContentIndent();
                }
                if (next == indent) continue;
                if (next > indent || next == Outside) return Outside;
                var end = Here;
                Events.Add(new MappingEnd(end, end));
                return next;
            }
        }

        /// <summary>A value: a flow list, a flow mapping, a double-quoted or a plain scalar.</summary>
        private bool Node(bool flow) => Current switch
        {
            '[' => Flow(list: true),
            '{' => Flow(list: false),
            '"' => DoubleQuoted(),
            _ => Plain(flow, key: false),
        };

        /// <summary>A flow list (<paramref name="list"/>) or mapping, the reader at its opening bracket.</summary>
        private bool Flow(bool list)
        {
            var start = Here;
            Events.Add(list ? new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, start, start)
                : new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Flow, start, start));
            if (!FlowEntries(list ? ']' : '}')) return false;
            var end = Here;
            Events.Add(list ? new SequenceEnd(end, end) : new MappingEnd(end, end));
            return true;
        }

        /// <summary>
        /// The entries of a flow list (<paramref name="close"/> ']': values) or mapping ('}': key, colon and space, value),
        /// separated by commas, the reader at the opening bracket and left after the closing one.
        /// </summary>
        private bool FlowEntries(char close)
        {
            pos++;
            if (!SkipFlowSpace()) return false;
            if (Current != close)
            {
                while (true)
                {
                    if (close == '}' && !FlowKey()) return false;
                    if (!Node(flow: true) || !SkipFlowSpace()) return false;
                    if (Current == close) break;
                    if (Current != ',') return false;
                    pos++;
                    if (!SkipFlowSpace() || Current == close || Current == ',') return false;
                }
            }
            pos++;
            return true;
        }

        /// <summary>A flow mapping's key and its colon, the reader left at the value.</summary>
        private bool FlowKey()
        {
            if (!(Current == '"' ? DoubleQuoted() : Plain(flow: true, key: true)) || Current != ':') return false;
            pos++;
            return Current == ' ' && SkipFlowSpace();
        }

        /// <summary>"…" without escapes, on one line.</summary>
        private bool DoubleQuoted()
        {
            var start = Here;
            var close = text.AsSpan(pos + 1).IndexOfAny('"', '\\', '\n');
            if (close < 0 || text[pos + 1 + close] != '"') return false;
            var value = text.Substring(pos + 1, close);
            pos += close + 2;
            Events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.DoubleQuoted, false, true, start, Here));
            return true;
        }

        /// <summary>
        /// A plain scalar on one line. It ends at a colon followed by a space or the line's end (a key's), at a comment, at
        /// the line's end, and in a flow collection at a comma or a closing bracket. A colon inside it or an opening bracket
        /// is outside the plain shape, and so is a scalar that goes on past its line (the flow reader finds no comma or
        /// closing bracket after it).
        /// </summary>
        private bool Plain(bool flow, bool key)
        {
            if (Current is '\0' or ' ' or '\n' or '[' or ']' or '{' or '}' or ',' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`'
                or '?' or ':' or '\t' or '\r')
                return false;
            // "-2", "-old": a hyphen starts a scalar when a word follows it; "- " starts a block list.
            if (Current == '-' && (pos + 1 >= text.Length || !char.IsLetterOrDigit(text[pos + 1]))) return false;
            var start = Here;
            var first = pos;
            var last = pos; // after the last character that is not a space
            while (pos < text.Length)
            {
                var c = text[pos];
                if (c is '\t' or '\r') return false;
                if (c == '\n') break;
                if (c == ':')
                {
                    var after = pos + 1 < text.Length ? text[pos + 1] : '\n';
                    if (after is ' ' or '\n') break;
                    return false;
                }
                if (c == '#' && text[pos - 1] == ' ') break;
                if (flow && c is ',' or ']' or '}') break;
                if (c is '[' or '{') return false;
                pos++;
                if (c != ' ') last = pos;
            }
            if (key && (Current != ':' || last != pos)) return false;
            pos = last;
            var value = text.Substring(first, last - first);
            Events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, true, false, start, Here));
            return true;
        }

        private void SkipSpaces()
        {
            while (Current == ' ') pos++;
        }

        /// <summary>True at the end of the line or of a comment that ends it (the reader then at the line break).</summary>
        private bool AtLineEnd()
        {
            if (Current == '#' && (pos == 0 || text[pos - 1] == ' ')) SkipComment();
            return Current is '\n' or '\0';
        }

        private void SkipComment()
        {
            var end = text.IndexOf('\n', pos);
            pos = end < 0 ? text.Length : end;
        }

        /// <summary>Skips spaces, line breaks and comments inside a flow collection; false at a tab, a carriage return or the text's end.</summary>
        private bool SkipFlowSpace()
        {
            while (pos < text.Length)
            {
                switch (text[pos])
                {
                    case ' ':
                        pos++;
                        break;
                    case '\n':
                        NewLine();
                        break;
                    case '#' when pos == 0 || text[pos - 1] is ' ' or '\n':
                        SkipComment();
                        break;
                    case '\t' or '\r':
                        return false;
                    default:
                        return true;
                }
            }
            return false;
        }

        private void NewLine()
        {
            pos++;
            line++;
            lineStart = pos;
        }

        /// <summary>
        /// Moves to the first character of the next line that holds more than spaces and a comment and returns its column
        /// (from 0), or <see cref="End"/> at the text's end; the reader is at a line's end or the text's start.
        /// </summary>
        private int NextContentIndent()
        {
            while (true)
            {
                if (pos >= text.Length) return End;
                if (Current == '\n') NewLine();
                else if (pos != lineStart) return Outside;
                SkipSpaces();
                if (Current is '\t' or '\r') return Outside;
                if (Current == '#') SkipComment();
                if (pos >= text.Length) return End;
                if (Current != '\n') return pos - lineStart;
            }
        }
    }
}
