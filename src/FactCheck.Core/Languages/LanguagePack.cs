using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace FactCheck.Languages;

/// <summary>
/// Everything one language brings, read from its data file (<c>Languages/en.yml</c>): numbers, scale words and their
/// multipliers, months and weekdays, the decimal mark, the recognizer's culture, and named word lists (hedges, speech
/// verbs, date words, stop words...) that the stages read by name. No stage asks which language a text is in; it asks
/// the source's pack. A stage builds what it needs from a pack once (<see cref="Cached{T}"/>): a set, a map, a regex.
/// </summary>
public sealed class LanguagePack
{
    private readonly FrozenDictionary<string, ImmutableArray<WordEntry>> lists;
    private readonly FrozenDictionary<string, ImmutableArray<string>> words;
    private readonly ConcurrentDictionary<string, FrozenSet<string>> sets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FrozenSet<string>> caseSensitiveSets = new(StringComparer.Ordinal);
    // Lazy: the threads of a run ask for the same lexicon at once, and one builds it while the others wait. Each built its
    // own copy before: a check of two articles built the frame and currency lexicons twice, on two threads.
    private readonly ConcurrentDictionary<object, Lazy<object>> cache = new();
    private readonly ConcurrentDictionary<string, bool> read = new(StringComparer.Ordinal);

    internal LanguagePack(PackData data)
    {
        (Code, Name, File, RecognizerCulture, Stemmer, DecimalMark) = (data.Code, data.Name, data.File, data.Recognizer, data.Stemmer, data.DecimalMark);
        (Months, Weekdays, Numbers, Scales) = (data.Months, data.Weekdays, data.Numbers, data.Scales);
        lists = data.Lists;
        words = lists.ToFrozenDictionary(l => l.Key, l => l.Value.Select(e => e.Word).ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>The ISO 639-1 code ("en"): what front matter and reports write.</summary>
    public string Code { get; }

    /// <summary>The language's name in English ("French"), for messages.</summary>
    public string Name { get; }

    /// <summary>Where the pack was read from, for messages about its data.</summary>
    public string File { get; }

    /// <summary>The Microsoft.Recognizers.Text culture that reads this language ("en-us"), or null when none does.</summary>
    public string? RecognizerCulture { get; }

    /// <summary>The Snowball stemmer that reads this language ("english", "french"), or null when none does.</summary>
    public string? Stemmer { get; }

    /// <summary>The decimal mark ("." in English, "," in French); the other of the two groups thousands.</summary>
    public char DecimalMark { get; }

    /// <summary>The month of each month name, written with and without accents (case does not matter).</summary>
    public FrozenDictionary<string, int> Months { get; }

    /// <summary>The day of each weekday name (case does not matter).</summary>
    public FrozenDictionary<string, DayOfWeek> Weekdays { get; }

    /// <summary>The value of each number word ("eight", "huit", "half a").</summary>
    public FrozenDictionary<string, decimal> Numbers { get; }

    /// <summary>The multiplier of each scale word and abbreviation ("billion" is 10^9 in English; "Billion" 10^12 in German).</summary>
    public FrozenDictionary<string, decimal> Scales { get; }

    /// <summary>The names of the word lists the pack holds.</summary>
    public IEnumerable<string> ListNames => lists.Keys;

    /// <summary>The lists some stage has read, so that a test can tell a list nobody reads (a typo, or dead data).</summary>
    public IEnumerable<string> ListsRead => read.Keys;

    /// <summary>
    /// Notes that <paramref name="list"/> was read. Readers ask for their lists for every sentence, from every thread: a
    /// lookup first, because <c>TryAdd</c> takes a lock even when the key is there, and the threads queued on it.
    /// </summary>
    private void MarkRead(string list)
    {
        if (!read.ContainsKey(list)) read.TryAdd(list, true);
    }

    /// <summary>The entries of the list <paramref name="list"/>, in file order; none when the pack has no such list.</summary>
    public ImmutableArray<WordEntry> Entries(string list)
    {
        MarkRead(list);
        return lists.GetValueOrDefault(list, []);
    }

    /// <summary>The words of <paramref name="list"/> (a map's keys), in file order.</summary>
    public ImmutableArray<string> Words(string list)
    {
        MarkRead(list);
        return words.GetValueOrDefault(list, []);
    }

    /// <summary>The words of <paramref name="list"/> as a set, case ignored unless <paramref name="ignoreCase"/> is false.</summary>
    public FrozenSet<string> Set(string list, bool ignoreCase = true)
    {
        MarkRead(list);
        // Static factories given the words as their argument: hot code asks once a figure, and a lambda over this would be
        // a new delegate every call.
        return ignoreCase
            ? sets.GetOrAdd(list, static (l, words) => words.GetValueOrDefault(l, []).ToFrozenSet(StringComparer.OrdinalIgnoreCase), words)
            : caseSensitiveSets.GetOrAdd(list, static (l, words) => words.GetValueOrDefault(l, []).ToFrozenSet(StringComparer.Ordinal), words);
    }

    /// <summary>
    /// The map <paramref name="list"/>, each meaning read by <paramref name="parse"/>. A meaning it cannot read is a mistake in
    /// the pack: the exception names the file, the line and <paramref name="expected"/>.
    /// </summary>
    public FrozenDictionary<string, T> Map<T>(string list, Func<string, T?> parse, string expected) where T : struct =>
        Cached((nameof(Map), list, typeof(T)), _ => Entries(list).ToFrozenDictionary(e => e.Word,
            e => (e.Meaning is { } meaning ? parse(meaning) : null) ?? throw new InvalidOperationException($"{File}:{e.Line}: {list}: '{e.Meaning}' is not {expected}"),
            StringComparer.OrdinalIgnoreCase));

    /// <summary>The map <paramref name="list"/> as written; a meaning <paramref name="valid"/> refuses is a mistake in the pack (see <see cref="Map{T}"/>).</summary>
    public FrozenDictionary<string, string> Meanings(string list, Func<string, bool> valid, string expected) =>
        Cached((nameof(Meanings), list), _ => Entries(list).ToFrozenDictionary(e => e.Word,
            e => e.Meaning is { } meaning && valid(meaning) ? meaning : throw new InvalidOperationException($"{File}:{e.Line}: {list}: '{e.Meaning}' is not {expected}"),
            StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The words of <paramref name="list"/> as a regex alternation, in file order (where two can end at one place, the one
    /// written first wins: write "no more than" before "more than"): a space stands for any run of white space and an
    /// apostrophe for ' or ’. A list the pack does not have gives an alternation that never matches.
    /// </summary>
    public string Alternation(string list) => Cached((nameof(Alternation), list), pack => AlternationOf(pack.Words(list)));

    /// <summary>
    /// A word of <paramref name="list"/> standing alone, as a regex group: followed by no letter, or, for an elided word ending
    /// in an apostrophe ("qu'"), by anything ("que", "qu’il").
    /// </summary>
    public string WholeWord(string list) => Cached((nameof(WholeWord), list), _ =>
    {
        var (whole, elided) = Split(Words(list));
        return $@"(?:{AlternationOf(whole)}(?![\p{{L}}])|{AlternationOf(elided)})";
    });

    /// <summary>
    /// A word of <paramref name="list"/> that joins the next word, as a regex group: followed by white space, or, for an
    /// elided word ending in an apostrophe ("d'", "l'"), by none or some ("d’euros", "de dollars", "of euros").
    /// </summary>
    public string WordBefore(string list) => Cached((nameof(WordBefore), list), _ =>
    {
        var (whole, elided) = Split(Words(list));
        return $@"(?:{AlternationOf(whole)}[\s\u00A0\u202F]+|{AlternationOf(elided)}[\s\u00A0\u202F]*)";
    });

    /// <summary>The words that stand alone, and the elided ones ("d'", "qu'").</summary>
    private static (List<string> Whole, List<string> Elided) Split(IEnumerable<string> words)
    {
        var elided = words.Where(w => w.EndsWith('\'') || w.EndsWith('’')).ToList();
        return ([.. words.Except(elided)], elided);
    }

    /// <summary>
    /// What <paramref name="build"/> makes of this pack, built once per pack and <paramref name="key"/>. Called for every
    /// sentence, so a hit allocates nothing: pass a static lambda, which receives the pack.
    /// </summary>
    public T Cached<T>(object key, Func<LanguagePack, T> build) where T : class =>
        (T)(cache.TryGetValue(key, out var built) ? built : cache.GetOrAdd(key, static (_, arg) => new Lazy<object>(() => arg.Build(arg.Pack)), (Build: build, Pack: this))).Value;

    /// <summary>The code.</summary>
    public override string ToString() => Code;

    /// <summary>A regex alternation of <paramref name="words"/> in the pack's notation (see <see cref="Alternation"/>).</summary>
    public static string AlternationOf(IEnumerable<string> words)
    {
        var items = words.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (items.Count == 0) return "(?:(?!))";
        var pattern = new StringBuilder("(?:");
        foreach (var item in items)
        {
            if (pattern.Length > 3) pattern.Append('|');
            foreach (var c in item)
            {
                if (c == ' ') pattern.Append(@"[\s\u00A0\u202F]+");
                else if (c is '\'' or '’') pattern.Append("['’]");
                else pattern.Append(Regex.Escape(c.ToString()));
            }
        }
        return pattern.Append(')').ToString();
    }
}
