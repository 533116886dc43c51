using System.Text;
using YamlDotNet.RepresentationModel;

namespace FactCheck.Inputs;

/// <summary>
/// Reads the YAML data files shipped inside the library (lexicons, currencies, rates, rules, language packs) with the
/// reader of factcheck.yml (<see cref="ConfigNodes"/>): an unknown key or a value of the wrong shape is an error naming the
/// file and the line, and since the mistake is FactCheck's, it throws (a test fails) instead of being skipped.
/// </summary>
internal static class EmbeddedData
{
    /// <summary>What <paramref name="read"/> makes of the shipped file at <paramref name="path"/> ("Kinds/Money/currencies.yml").</summary>
    public static T Read<T>(string path, Func<ConfigNodes, YamlNode, T> read)
    {
        var (root, error) = YamlText.ParseShipped(path, Text(path));
        if (root is null) throw new InvalidOperationException($"The shipped data file is wrong: {error?.ToString() ?? path + " is empty"}");
        var nodes = new ConfigNodes(path);
        var value = read(nodes, root);
        return nodes.Error is { } mistake ? throw new InvalidOperationException("The shipped data file is wrong: " + mistake) : value;
    }

    /// <summary>The text of the embedded file at <paramref name="path"/>, for readers that check it as they would a user's file.</summary>
    public static string Text(string path)
    {
        using var stream = Open(path);
        // Decoded in one piece from the bytes: a StreamReader grows a StringBuilder chunk by chunk and copies it once more,
        // garbage of twice the text for the 2.2 MB places file, read on every run.
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length));
        stream.ReadExactly(bytes);
        var text = bytes.AsSpan();
        return Encoding.UTF8.GetString(text.StartsWith(Encoding.UTF8.Preamble) ? text[Encoding.UTF8.Preamble.Length..] : text);
    }

    /// <summary>The bytes of the embedded file at <paramref name="path"/>, for a reader that takes them as they come (<see cref="Utf8Lines"/>).</summary>
    public static Stream Open(string path)
    {
        var name = "FactCheck." + path.Replace('/', '.').Replace('\\', '.');
        return typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded data file {name} is missing from the build.");
    }

    /// <summary>The names of the embedded .yml files in <paramref name="folder"/> (e.g. "Rules/BuiltIn"), without the extension, sorted.</summary>
    public static IEnumerable<string> FileNames(string folder)
    {
        var prefix = "FactCheck." + folder.Replace('/', '.') + ".";
        return typeof(EmbeddedData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".yml", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^".yml".Length])
            .Order(StringComparer.Ordinal);
    }
}
