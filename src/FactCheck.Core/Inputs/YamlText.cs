using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Inputs;

/// <summary>
/// Parses YAML written by people (factcheck.yml, front matter, places files): a mistake is a <see cref="UserError"/> with
/// its line, never an exception. Nesting and aliases are bounded before a document is built: YamlDotNet builds nodes
/// recursively (100,000 nested lists overflow the stack), and an alias bomb (aliases of aliases, each doubling) is small as
/// text but exponential once walked, as hashing a mapping key or printing a node does.
/// </summary>
internal static class YamlText
{
    /// <summary>Deeper than any configuration or front matter; shallow enough for YamlDotNet's recursion.</summary>
    public const int MaxDepth = 64;

    /// <summary>How many nodes the aliases of one text may stand for in all.</summary>
    public const int MaxAliasedNodes = 10_000;

    /// <summary>
    /// The root node of the first document of <paramref name="yaml"/>, or null when there is none. <paramref name="firstLine"/>
    /// is the file's line of the text's first line; <paramref name="what"/> starts the message ("front matter is ").
    /// </summary>
    public static (YamlNode? Root, UserError? Error) Parse(string file, string yaml, int firstLine, string what)
    {
        var scanner = new Scanner(new StringReader(yaml));
        List<ParsingEvent> events;
        try
        {
            var (read, limit) = Events(new Parser(scanner));
            if (limit is { } problem) return (null, new UserError(file, firstLine + problem.Line - 1, what + problem.Message));
            events = read;
        }
        catch (YamlException e)
        {
            return (null, new UserError(file, firstLine + (int)e.Start.Line - 1, $"{what}not valid YAML: {FirstSentence(e.Message)}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unclosed flow lists ("[a, b" then a new key).
            return (null, new UserError(file, firstLine + (int)scanner.CurrentPosition.Line - 1, $"{what}not valid YAML: a list or mapping in [ ] or {{ }} is not closed"));
        }
        return Document(file, events, firstLine, what);
    }

    /// <summary>
    /// As <see cref="Parse"/>, for a file FactCheck ships: read by <see cref="ShippedYaml"/> when it is in the plain shape the
    /// shipped files are written in, else by YamlDotNet.
    /// </summary>
    public static (YamlNode? Root, UserError? Error) ParseShipped(string file, string yaml) =>
        ShippedYaml.Events(yaml) is { } events ? Document(file, events, 1, "") : Parse(file, yaml, 1, "");

    /// <summary>The root node of the document of <paramref name="events"/>, already checked against the limits.</summary>
    private static (YamlNode? Root, UserError? Error) Document(string file, List<ParsingEvent> events, int firstLine, string what)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new Replay(events));
        }
        catch (YamlException e)
        {
            // A key given twice, an alias to no anchor: found while the document is built.
            return (null, new UserError(file, firstLine + (int)e.Start.Line - 1, $"{what}not valid YAML: {FirstSentence(e.Message)}"));
        }
        return (stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, null);
    }

    /// <summary>The events of the text, or the first line where it nests too deep or its aliases stand for too much.</summary>
    private static (List<ParsingEvent> Events, (int Line, string Message)? Limit) Events(Parser parser)
    {
        var events = new List<ParsingEvent>();
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal); // nodes an anchor stands for, its aliases inside counted
        var open = new Stack<(string? Anchor, long CountAtStart)>();
        long count = 0, aliased = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            events.Add(current);
            var line = (int)current.Start.Line;
            switch (current)
            {
                case AnchorAlias alias:
                    var size = sizes.GetValueOrDefault(alias.Value.Value, 1);
                    count += size;
                    aliased += size;
                    if (aliased > MaxAliasedNodes)
                        return (events, (line, string.Create(CultureInfo.InvariantCulture, $"not YAML FactCheck reads: its aliases stand for more than {MaxAliasedNodes:N0} nodes")));
                    break;
                case Scalar scalar:
                    count++;
                    if (!scalar.Anchor.IsEmpty) sizes[scalar.Anchor.Value] = 1;
                    break;
                case NodeEvent start and (MappingStart or SequenceStart):
                    count++;
                    open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, count));
                    if (open.Count > MaxDepth)
                        return (events, (line, $"not YAML FactCheck reads: it nests lists or mappings more than {MaxDepth} deep"));
                    break;
                case MappingEnd or SequenceEnd:
                    var (anchor, atStart) = open.Pop();
                    if (anchor is not null) sizes[anchor] = count - atStart + 1;
                    break;
            }
        }
        return (events, null);
    }

    private static string FirstSentence(string message)
    {
        // YamlDotNet starts with "(Line: 2, Col: 8, Idx: 20) - (Line: ...): "; the line is already in ours.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).Trim();
    }

    /// <summary>Events already read and checked, handed to YamlDotNet's document builder.</summary>
    private sealed class Replay(List<ParsingEvent> events) : IParser
    {
        private int next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = next < events.Count ? events[next++] : null;
            return Current is not null;
        }
    }
}
