using FactCheck.LanguageServer.Protocol;

namespace FactCheck.LanguageServer;

/// <summary>
/// The edit that silences one rule for the claims of one line: a <c>&lt;!-- factcheck-ignore-next-line RULE --&gt;</c>
/// comment on the line before (README, "Silencing"). After a line of the same paragraph the comment is added at its end,
/// inline: a comment on a line of its own would end the paragraph there and cut its sentence in two. After a blank line,
/// a front-matter fence or at the top of the file it gets a line of its own. Plain-text sources have no comments: none.
/// </summary>
internal static class SuppressionEdit
{
    /// <summary>The edit silencing <paramref name="rule"/> for the claims starting on 0-based <paramref name="line"/> of <paramref name="text"/>, or null.</summary>
    public static TextEdit? For(string path, string text, int line, string rule)
    {
        if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) return null;
        var comment = $"<!-- factcheck-ignore-next-line {rule} -->";
        var lines = text.Split('\n');
        if (line <= 0 || line >= lines.Length || lines[line - 1].TrimEnd('\r').Trim() is "" or "---" or "+++")
        {
            var newLine = line > 0 && lines[line - 1].EndsWith('\r') ? "\r\n" : "\n";
            var at = new Position(Math.Min(line, lines.Length), 0);
            return new TextEdit(new LspRange(at, at), comment + newLine);
        }
        var previous = lines[line - 1].TrimEnd('\r');
        var end = new Position(line - 1, previous.Length);
        return new TextEdit(new LspRange(end, end), " " + comment);
    }
}
