namespace FactCheck.Kinds.Quantity;

/// <summary>
/// Finds the noun a figure counts among the words after it: the first plural noun, past the words that qualify it ("3,000
/// new jobs", "20 Serie A appearances", "cinq autres prévenus", "trois Grands Prix"), a capitalized plural when nothing else
/// follows ("1,200 Iraqis were", "300.000 Français qui"). A function word before any noun leaves the figure bare ("7,800
/// were moved": its noun is the one of the figure before); a unit of time, a multiplier or a currency refuses it ("five
/// years" is a duration, "three times" a multiplier).
/// </summary>
internal static class CountedNouns
{
    private const int MostWords = 5;

    /// <summary>What follows a figure, when it is not a unit of measure.</summary>
    public static Measured Find(string text, int at, QuantityWords words)
    {
        var nouns = words.Nouns;
        (int Start, int End)? fallback = null;
        string? adjective = null;
        var lowerSkipped = 0;
        for (var i = 0; i < MostWords && WordAt.Next(text, at) is var (start, end); i++, at = end)
        {
            var word = text[start..end];
            if (words.DurationUnits.Contains(word) || words.NotCounted.Contains(word) || words.Units.Word(nouns.SingularPhrase(word)) is not null)
                return i == 0 || adjective is not null ? Measured.Refused : Measured.Bare;
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) break; // "13 of the club's last 14 games"
            if (words.AdjectivesBefore.Contains(word))
            {
                adjective = word;
                continue;
            }
            if (char.IsUpper(word[0]))
            {
                // "20 Serie A appearances": capitalized words qualify the noun; "1,200 Iraqis were": or are it.
                if (nouns.IsPlural(word)) fallback ??= (start, end);
                continue;
            }
            if (words.FunctionWords.Contains(word) && !nouns.IsIrregular(word)) break;
            if (nouns.IsPlural(word)) return Noun(text, start, end, adjective, words);
            if (++lowerSkipped > 1) break;
        }
        return fallback is var (s, e) ? Noun(text, s, e, adjective, words) : Measured.Bare;
    }

    /// <summary>"two aircraft deliveries": in a language that puts the head noun last, a second plural noun is the one counted.</summary>
    private static Measured Noun(string text, int start, int end, string? adjective, QuantityWords words)
    {
        var nouns = words.Nouns;
        if (!words.HeadNounFirst && WordAt.Next(text, end) is var (s, e) && char.IsLower(text[s]) && nouns.IsPlural(text[s..e])
            && !words.FunctionWords.Contains(text[s..e]) && !words.NotCounted.Contains(text[s..e]))
            (start, end) = (s, e);
        var noun = nouns.Singular(text[start..end]);
        var compound = adjective is null ? null : nouns.Singular(adjective) + " " + noun;
        var name = compound is not null && words.Compounds.Contains(compound) ? compound : noun;
        return new Measured(end, new QuantityMeasure(name, name, null, null));
    }
}
