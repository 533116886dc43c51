using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Inputs;

/// <summary>Parses YAML written by people (factcheck.yml, front matter): a mistake is a <see cref="UserError"/> with its line, never an exception.</summary>
internal static class YamlText
{
    /// <summary>
    /// The root node of the first document of <paramref name="yaml"/>, or null when there is none. <paramref name="firstLine"/>
    /// is the file's line of the text's first line; <paramref name="what"/> starts the message ("front matter is ").
    /// </summary>
    public static (YamlNode? Root, UserError? Error) Parse(string file, string yaml, int firstLine, string what)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
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
        return (stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, null);
    }

    private static string FirstSentence(string message)
    {
        // YamlDotNet starts with "(Line: 2, Col: 8, Idx: 20) - (Line: ...): "; the line is already in ours.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).Trim();
    }
}
