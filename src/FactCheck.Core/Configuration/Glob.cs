using System.Text;
using System.Text.RegularExpressions;

namespace FactCheck.Configuration;

/// <summary>
/// A path pattern of factcheck.yml, matched against paths relative to the file's folder with '/' separators:
/// <c>*</c> any characters but '/', <c>?</c> one of them, <c>**</c> any number of folders, <c>[abc]</c>, <c>[a-z]</c> and
/// <c>[!abc]</c> one character of a class, <c>{a,b}</c> either text. A pattern without '/' matches a file name in any folder,
/// as in .gitignore. Matching is case-sensitive.
/// </summary>
public sealed class Glob
{
    private readonly Regex regex;

    private Glob(string pattern, Regex regex) => (Pattern, this.regex) = (pattern, regex);

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>True when <paramref name="relativePath"/> ('/' separators, relative to the config's folder) matches.</summary>
    public bool Matches(string relativePath) => regex.IsMatch(relativePath);

    /// <summary>The glob, or what is wrong with the pattern.</summary>
    public static (Glob? Glob, string? Problem) Parse(string pattern)
    {
        if (pattern.Length == 0) return (null, "is empty");
        if (pattern.Contains('\\', StringComparison.Ordinal)) return (null, "uses '\\'; write paths with '/'");
        if (pattern.StartsWith('/') || (pattern.Length > 1 && pattern[1] == ':'))
            return (null, "is absolute; globs are relative to the folder of factcheck.yml");
        if (pattern.Split('/').Contains("..")) return (null, "uses '..'; globs cannot reach outside the folder of factcheck.yml");
        var anchored = pattern.Contains('/', StringComparison.Ordinal) ? pattern : "**/" + pattern;
        var (body, problem) = Translate(anchored);
        if (problem is not null) return (null, problem);
        try
        {
            return (new Glob(pattern, new Regex("^" + body + "$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)), null);
        }
        catch (ArgumentException)
        {
            return (null, "has a character class that matches nothing ([!] or a range such as [z-a])");
        }
    }

    private static (string Body, string? Problem) Translate(string pattern)
    {
        var regex = new StringBuilder();
        var inBraces = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when At(pattern, i, "**/"):
                    regex.Append("(?:[^/]*/)*"); // "**/" is any number of whole folders, none included
                    i += 2;
                    break;
                case '*' when At(pattern, i, "**"):
                    if (At(pattern, i, "***")) return ("", "has '***'; use '*' or '**'");
                    regex.Append(".*");
                    i += 1;
                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 2);
                    if (close < 0) return ("", "has a '[' that is never closed");
                    var set = pattern[(i + 1)..close];
                    regex.Append('[').Append(set.StartsWith('!') ? "^" + Escape(set[1..]) : Escape(set)).Append(']');
                    i = close;
                    break;
                case '{':
                    if (inBraces) return ("", "has '{' inside '{...}'");
                    inBraces = true;
                    regex.Append("(?:");
                    break;
                case ',' when inBraces:
                    regex.Append('|');
                    break;
                case '}' when inBraces:
                    inBraces = false;
                    regex.Append(')');
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return inBraces ? ("", "has a '{' that is never closed") : (regex.ToString(), null);
    }

    private static bool At(string text, int index, string what) => string.CompareOrdinal(text, index, what, 0, what.Length) == 0;

    // Inside a class only '\', '^' and '[' need care; '-' keeps its range meaning.
    private static string Escape(string set) => set.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("^", @"\^", StringComparison.Ordinal).Replace("[", @"\[", StringComparison.Ordinal);
}
