using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Sources;

namespace FactCheck.Kinds.Attribution;

/// <summary>
/// The names one source writes, read only when a speaker needs them: the full name behind a surname ("Stoltenberg" is
/// "Jens Stoltenberg") and the person a source names with an office's title ("Secretary General Jens Stoltenberg").
/// </summary>
internal sealed partial class SourceNames(SourceDocument source, SpeakerDirectory directory)
{
    [GeneratedRegex(@"\G[\s,]*(?<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+){1,3})", RegexOptions.CultureInvariant)]
    private static partial Regex NameAfter();

    /// <summary>"Jens Stoltenberg, the " before a title: the name the source writes before it (rarely run: not worth compiling).</summary>
    private readonly Regex nameBefore = source.Language.Cached(typeof(SourceNames), static language => new Regex(
        $@"(?<name>\p{{Lu}}[\p{{L}}\p{{M}}'’\-]+(?:\s+\p{{Lu}}[\p{{L}}\p{{M}}'’\-]+){{1,3}})\s*,\s*{language.WordBefore("articles")}?\s*$",
        RegexOptions.CultureInvariant));

    /// <summary>Capitalized words that start no name ("After", "Selon").</summary>
    private readonly FrozenSet<string> notNames = source.Language.Set("not-names", ignoreCase: false);

    private string? prose;
    private readonly Dictionary<string, string?> fullNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> people = new(StringComparer.Ordinal);

    private string Prose => prose ??= string.Join("\n", source.ProseBlocks.Select(b => b.Text));

    /// <summary>The language the source is written in.</summary>
    public LanguagePack Language => source.Language;

    /// <summary>The fullest name the source writes ending with <paramref name="word"/> ("Jens Stoltenberg" for "Stoltenberg"), or null.</summary>
    public string? FullNameOf(string word)
    {
        if (fullNames.TryGetValue(word, out var known)) return known;
        if (word.Length < 2) return null;
        string? found = null;
        if (IsLong && word.All(char.IsLetter))
        {
            var text = Prose;
            runs ??= LetterRuns(text);
            foreach (var at in runs.GetValueOrDefault(word) ?? [])
                if ((found = FullNameAt(text, at, word)) is not null) break;
        }
        else
        {
            // Each block searched on its own, not the blocks joined: a name never runs over the line that parted them, and
            // joining every prose block of a source that names a speaker by a word was a tenth of the binder's samples
            // (perf of the bench corpus, AOT).
            foreach (var block in source.ProseBlocks)
            {
                foreach (var at in Searched(block.Text, word))
                    if ((found = FullNameAt(block.Text, at, word)) is not null) break;
                if (found is not null) break;
            }
        }
        return fullNames[word] = found;
    }

    /// <summary>
    /// The name ending with <paramref name="word"/> at <paramref name="at"/> in <paramref name="text"/>, up to three capitalized
    /// words before it ("Jens Stoltenberg", "Secretary General Jens Stoltenberg"), titles left off; null unless two words are left.
    /// </summary>
    private string? FullNameAt(string text, int at, string word)
    {
        var words = new List<string> { word };
        var i = at;
        while (words.Count < 4)
        {
            var wordEnd = i;
            while (wordEnd > 0 && text[wordEnd - 1] is ' ' or '\u00A0') wordEnd--;
            if (wordEnd == i) break;
            var start = wordEnd;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\'' or '’')) start--;
            if (start == wordEnd || !char.IsUpper(text[start])) break;
            words.Insert(0, text[start..wordEnd]);
            i = start;
        }
        var name = directory.WithoutTitles(string.Join(' ', words.SkipWhile(notNames.Contains)), source.Language);
        return name.Contains(' ') ? name : null;
    }

    /// <summary>True when the source's prose, its blocks joined (<see cref="Prose"/>), is long enough to be indexed (<see cref="IndexedProse"/>).</summary>
    private bool IsLong => isLong ??= source.ProseBlocks.Sum(b => b.Text.Length + 1) - 1 >= IndexedProse;

    /// <summary><see cref="IsLong"/>, measured once for every surname the source is asked for.</summary>
    private bool? isLong;

    /// <summary>
    /// Past this many characters of prose a source's words are indexed once instead of searched for each surname. A long
    /// source (a 30 MB file) asks for thousands of surnames: searching all its prose for each was quadratic, so its runs of
    /// letters are indexed once; a word of letters only stands exactly where a run equal to it starts.
    /// </summary>
    private const int IndexedProse = 100_000;

    /// <summary>Where each run of letters of a long prose starts, by its text: null until a long source asks.</summary>
    private Dictionary<string, List<int>>? runs;

    /// <summary>The offsets, in order, where <paramref name="word"/> stands in <paramref name="text"/> with no letter on either side.</summary>
    private static IEnumerable<int> Searched(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((end < text.Length && char.IsLetter(text[end])) || (at > 0 && char.IsLetter(text[at - 1]))) continue;
            yield return at;
        }
    }

    private static Dictionary<string, List<int>> LetterRuns(string text)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            var run = text.AsSpan(start, i - start);
            if (!lookup.TryGetValue(run, out var starts)) lookup[run] = starts = [];
            starts.Add(start);
        }
        return index;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \u00A0]+\p{Lu}[\p{L}\p{M}'’\-]+){1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    /// <summary>
    /// True when the source names someone other than <paramref name="speaker"/> (two capitalized words or more, "Mohammed
    /// Moussaoui") in its text <c>[from, to)</c>: a pronoun after them may stand for either, so it stands for nobody certain.
    /// </summary>
    public bool NamesAnotherBetween(int from, int to, string speaker)
    {
        if (to <= from) return false;
        var own = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The range searched in place, read as the substring would be (its look-behind sees nothing before it): the
        // substring between two speakers, and the collection of its matches, were made for every pronoun (3.5 MB of text
        // over the bench corpus, JIT allocation trace).
        for (var m = PersonName().Match(source.Text, from, to - from); m.Success; m = m.NextMatch())
        {
            var words = m.Value.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).SkipWhile(notNames.Contains).ToList();
            if (words.Count < 2 || words.TrueForAll(w => own.Contains(w, StringComparer.Ordinal))) continue;
            if (directory.OrganizationOf(string.Join(' ', words)) is null) return true;
        }
        return false;
    }

    /// <summary>The person the source names with a title of office <paramref name="role"/>, or null.</summary>
    public string? PersonWith(string role)
    {
        if (people.TryGetValue(role, out var known)) return known;
        string? found = null;
        var text = Prose;
        foreach (var (start, end, id) in directory.RolesIn(text))
        {
            if (id != role) continue;
            var after = NameAfter().Match(text, end);
            var before = nameBefore.Match(text[Math.Max(0, start - 80)..start]);
            var name = after.Success ? after.Groups["name"].Value : before.Success ? before.Groups["name"].Value : null;
            if (name is not null && !notNames.Contains(name.Split(' ')[0])) { found = Spaces.Collapse(name); break; }
        }
        return people[role] = found;
    }
}
