using System.Collections.Frozen;
using FactCheck.Rules;

namespace FactCheck.Analysis;

/// <summary>
/// The words the text analyzer reads differently in one language, from <c>Analysis/Data/&lt;language&gt;.yml</c>: apostrophe
/// clitics and elisions, news stop words beside Lucene's list, the lower-case words allowed inside a name, titles, and
/// abbreviated month and day names.
/// </summary>
internal sealed class LanguageWords
{
    private LanguageWords(YamlDotNet.RepresentationModel.YamlNode node)
    {
        Clitics = Set(node, "clitics");
        Elided = Set(node, "elided");
        StopWords = Set(node, "stop-words");
        NameJoiners = Set(node, "name-joiners");
        Titles = Set(node, "titles");
        Calendar = Set(node, "calendar");
    }

    /// <summary>No special words: a language FactCheck has no data for.</summary>
    public static LanguageWords None { get; } = new(new YamlDotNet.RepresentationModel.YamlMappingNode());

    /// <summary>The words of "en" or "fr"; <see cref="None"/> for any other language.</summary>
    public static LanguageWords For(string language) => language switch
    {
        "en" => English.Value,
        "fr" => French.Value,
        _ => None,
    };

    private static readonly Lazy<LanguageWords> English = new(() => new LanguageWords(EmbeddedData.Load("Analysis/Data/en.yml")));
    private static readonly Lazy<LanguageWords> French = new(() => new LanguageWords(EmbeddedData.Load("Analysis/Data/fr.yml")));

    /// <summary>Parts after an apostrophe that belong to the word before ("s" of "Lagerfeld's").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Clitics { get; }

    /// <summary>Parts before an apostrophe that stand for a whole short word ("l" of "l'OTAN").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Elided { get; }

    /// <summary>Lower-case words too common in news to tell one story from another, beside Lucene's stop list.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords { get; }

    /// <summary>Lower-case words that may stand between two capitalised words of one name ("of", "de").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameJoiners { get; }

    /// <summary>Lower-case titles that come before a name and are not part of it ("mr", "mme").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles { get; }

    /// <summary>Abbreviated month and day names ("feb", "déc"); the full ones come from <see cref="Sources.CalendarWords"/>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Calendar { get; }

    /// <summary>True for a lower-case month or day name, full or abbreviated, in English or French.</summary>
    public bool IsCalendarWord(string lower) =>
        Calendar.Contains(lower) || Sources.CalendarWords.Months.ContainsKey(lower) || Sources.CalendarWords.Weekdays.ContainsKey(lower);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(YamlDotNet.RepresentationModel.YamlNode node, string key) =>
        node.Strings(key).Select(w => w.Replace('’', '\'')).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
