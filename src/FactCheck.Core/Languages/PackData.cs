using System.Collections.Frozen;
using System.Collections.Immutable;

namespace FactCheck.Languages;

/// <summary>A language pack as its file declares it, checked: what <see cref="LanguagePack"/> is built from.</summary>
internal sealed record PackData(
    string Code, string Name, string File, string? Recognizer, string? Stemmer, char DecimalMark,
    FrozenDictionary<string, int> Months, FrozenDictionary<string, DayOfWeek> Weekdays,
    FrozenDictionary<string, decimal> Numbers, FrozenDictionary<string, decimal> Scales,
    FrozenDictionary<string, ImmutableArray<WordEntry>> Lists);
