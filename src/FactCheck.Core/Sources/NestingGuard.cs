namespace FactCheck.Sources;

/// <summary>Measures how deeply Markdown containers nest, line by line, without parsing: block quote markers and indentation.</summary>
internal static class NestingGuard
{
    /// <summary>The 1-based line whose quote markers and indentation (two columns a level) exceed <paramref name="limit"/> levels, or null.</summary>
    public static int? FirstLineDeeperThan(string text, int limit)
    {
        var line = 1;
        var depth = 0;
        var columns = 0;
        var atLineStart = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                (line, depth, columns, atLineStart) = (line + 1, 0, 0, true);
                continue;
            }
            if (!atLineStart) continue;
            switch (c)
            {
                case '>': depth++; break;
                case ' ': columns++; continue;
                case '\t': columns += 4; continue;
                case '\r': continue;
                default:
                    // Indentation counts only before text: a line of blanks (a blanked front matter) is a blank line.
                    if (depth + (columns / 2) > limit) return line;
                    atLineStart = false;
                    continue;
            }
            if (depth > limit) return line;
        }
        return null;
    }
}
