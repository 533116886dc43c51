using FactCheck.Inputs;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactCheck.Core.Tests.Inputs;

/// <summary>
/// The reader of the shipped YAML gives the events YamlDotNet's parser gives, for every shipped file it reads, and hands
/// anything outside the plain shape back to YamlDotNet instead of reading it otherwise.
/// </summary>
public sealed class ShippedYamlTests
{
    public static TheoryData<string> ShippedFiles() =>
        [.. typeof(EmbeddedData).Assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".yml", StringComparison.Ordinal))
            .Select(n => n["FactCheck.".Length..^".yml".Length].Replace('.', '/') + ".yml")
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void A_shipped_file_read_fast_gives_the_events_of_YamlDotNet(string path)
    {
        var text = EmbeddedData.Text(path);
        if (ShippedYaml.Events(text) is not { } events) return; // outside the plain shape: YamlDotNet reads it
        Assert.Equal(Described(YamlDotNetEvents(text)), Described(events));
    }

    [Theory]
    [InlineData("Languages/en.yml")]
    [InlineData("Languages/fr.yml")]
    public void The_language_packs_every_run_reads_are_in_the_plain_shape(string path) =>
        Assert.NotNull(ShippedYaml.Events(EmbeddedData.Text(path)));

    [Theory]
    [InlineData("a: [x, y]\nb: {k: 1, \"q\": z} # comment\nc:\n  d: e f\n  g: [h,\n    i]\n")]
    [InlineData("# only a comment first\n\nwords: [l'état, aujourd'hui, \"d'\", 1e9, half a]\n")]
    [InlineData("a: {x: [1, 2], y: {z: w}}\n")]
    public void Plain_shapes_read_as_YamlDotNet_reads_them(string yaml)
    {
        var events = ShippedYaml.Events(yaml);
        Assert.NotNull(events);
        Assert.Equal(Described(YamlDotNetEvents(yaml)), Described(events));
    }

    [Theory]
    [InlineData("a:\n  - x\n  - y\n")] // a block list
    [InlineData("a: [x\n  y]\n")] // a scalar on two lines, folded
    [InlineData("a: 'x'\n")] // single quotes
    [InlineData("a: \"x\\ty\"\n")] // an escape
    [InlineData("a: [x, y,]\n")] // a trailing comma
    [InlineData("a: &anchor x\nb: *anchor\n")]
    [InlineData("a: !tag x\n")]
    [InlineData("a:\tx\n")]
    [InlineData("a: x\r\nb: y\r\n")]
    [InlineData("a: http://example.org\n")] // a colon inside a scalar
    [InlineData("a:\nb: x\n")] // an empty value
    [InlineData("a: x\n  b: y\n")] // a line further in after a value
    [InlineData("---\na: x\n")]
    [InlineData("[a, b]\n")]
    [InlineData("")]
    public void Anything_outside_the_plain_shape_is_left_to_YamlDotNet(string yaml) =>
        Assert.Null(ShippedYaml.Events(yaml));

    private static List<ParsingEvent> YamlDotNetEvents(string text)
    {
        var parser = new Parser(new StringReader(text));
        var events = new List<ParsingEvent>();
        while (parser.MoveNext()) events.Add(parser.Current!);
        return events;
    }

    // What the document builder and FactCheck's readers take from an event: its type, a scalar's value and style, and where
    // a node starts (the line an error names).
    private static List<string> Described(List<ParsingEvent> events) =>
        [.. events.Select(e => e switch
        {
            Scalar s => $"Scalar {s.Value} {s.Style} {s.IsPlainImplicit} {s.IsQuotedImplicit} at {s.Start.Line}:{s.Start.Column}",
            MappingStart m => $"MappingStart {m.Style} at {m.Start.Line}:{m.Start.Column}",
            SequenceStart q => $"SequenceStart {q.Style} at {q.Start.Line}:{q.Start.Column}",
            _ => e.GetType().Name,
        })];
}
