using System.Collections.Frozen;
using FactCheck.Languages;

namespace FactCheck.Analysis;

/// <summary>
/// The words the text analyzer reads differently in one language, from its pack: apostrophe clitics and elisions, news
/// stop words beside Lucene's list, the lower-case words allowed inside a name, titles, and month and day names.
/// </summary>
internal sealed class LanguageWords
{
    private readonly FrozenSet<string> calendar;

    public LanguageWords(LanguagePack pack)
    {
        Clitics = Set(pack, "clitics");
        Elided = Set(pack, "elided");
        StopWords = Set(pack, "news-stop-words");
        NameJoiners = Set(pack, "name-joiners");
        Titles = Set(pack, "name-titles");
        calendar = pack.Words("calendar-abbreviations").Concat(pack.Months.Keys).Concat(pack.Weekdays.Keys)
            .Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
    }

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

    /// <summary>True for a lower-case month or day name of the language, full or abbreviated.</summary>
    public bool IsCalendarWord(string lower) => calendar.Contains(lower);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(LanguagePack pack, string list) =>
        pack.Words(list).Select(w => w.Replace('’', '\'')).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
