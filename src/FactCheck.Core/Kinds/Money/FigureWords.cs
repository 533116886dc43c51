using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Money;

/// <summary>
/// The words of one language around a money figure: the hedge before it (past "an additional", and the outer one of two:
/// "jusqu'à environ" is up to), what follows it (a noun it counts, a word of money, another figure joined to it), and
/// what a price is for ("a share", "per barrel", "le litre"). Built once per pack.
/// </summary>
internal sealed class FigureWords
{
    private readonly FrozenSet<string> followers;
    private readonly FrozenSet<string> moneyNouns;
    private readonly FrozenSet<string> notMoneyNouns;
    private readonly FrozenSet<string> joiners;
    private readonly FrozenSet<string> perWords;
    private readonly FrozenSet<string> perArticles;
    private readonly FrozenSet<string> perUnits;
    private readonly NounForms nouns;
    private readonly FrozenSet<string> compareWords;
    private readonly FrozenSet<string> listWords;
    private readonly FrozenSet<string> andWords;
    private readonly FrozenSet<string> countWords;
    private readonly FrozenSet<string> ofWords;
    private readonly FrozenSet<string> numberWords;
    private readonly WordsBehind fillerBehind;

    private FigureWords(LanguagePack language)
    {
        compareWords = language.Set("carry-connectors");
        listWords = [.. language.Words("range-and"), .. language.Words("range-or")];
        andWords = language.Set("range-and");
        countWords = language.Set("count-words");
        ofWords = language.Words("currency-of").Select(w => w.Replace('’', '\'')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        numberWords = language.Numbers.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        followers = language.Set("bare-amount-followers");
        moneyNouns = language.Set("money-nouns");
        notMoneyNouns = language.Set("not-money-nouns");
        joiners = [.. language.Words("range-and"), .. language.Words("range-to"), .. language.Words("range-or")];
        perWords = language.Set("per-words");
        perArticles = language.Set("per-articles");
        perUnits = language.Set("per-units");
        nouns = NounForms.Of(language);
        // Tested first like a hedge: few figures follow "an additional", and the regex would run for every one.
        fillerBehind = new WordsBehind(PackRegexes.Get(language, $@"(?<![\p{{L}}]){language.Alternation("hedge-fillers")}[\s\u00A0\u202F]*$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft), language.Words("hedge-fillers"), skipsHyphens: false);
    }

    /// <summary>The words of <paramref name="language"/>.</summary>
    public static FigureWords Of(LanguagePack language) => memoOfThread.Of(language, static l => new FigureWords(l));

    /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
    [ThreadStatic]
    private static PackMemo<FigureWords> memoOfThread;

    /// <summary>
    /// The hedge at the end of the window <c>text[from..(from + length)]</c>: past a filler ("up to an additional"); of two,
    /// the outer bound ("jusqu'à environ"). The window is read in place: a regex given a range reads it as it would the
    /// substring, with indexes of the text.
    /// </summary>
    public Qualifier Hedge(string text, int from, int length, Qualifiers hedges)
    {
        var filler = fillerBehind.Match(text, from, length);
        if (filler.Success) length = filler.Index - from;
        var hedge = hedges.Behind.Match(text, from, length);
        if (!hedge.Success) return Qualifier.Exact;
        var qualifier = hedges.Parse(hedge.Groups["qual"].Value);
        var outer = hedges.Behind.Match(text, from, hedge.Index - from);
        return qualifier == Qualifier.About && outer.Success && hedges.Parse(outer.Groups["qual"].Value) is var bound && bound != Qualifier.Exact ? bound : qualifier;
    }

    /// <summary>What the next word makes of a figure ending at <paramref name="end"/>.</summary>
    public FigureFollower Follower(string text, int end) => Follower(text, end, joinedOnly: false);

    /// <summary>
    /// True when another figure is joined to one ending at <paramref name="end"/> (<see cref="FigureFollower.Joined"/>),
    /// asked without reading the noun after it: a number word is kept only so or beside a currency, and most ("a", "un") are neither.
    /// </summary>
    public bool IsJoined(string text, int end) => Follower(text, end, joinedOnly: true) == FigureFollower.Joined;

    private FigureFollower Follower(string text, int end, bool joinedOnly)
    {
        var (start, wordEnd) = NextWord(text, end);
        if (start >= text.Length) return FigureFollower.Neutral;
        if (text[start] == ',' && start == end && NextWord(text, start + 1) is var (next, _) && next < text.Length && char.IsDigit(text[next])) return FigureFollower.Joined;
        if (wordEnd == start) return FigureFollower.Neutral;
        // "3 milliards de pertes", "16 millions d'habitants": the noun after "de" says what the figure is.
        if (IsOfWord(text.AsSpan(start, wordEnd - start)))
        {
            (start, wordEnd) = NextWord(text, wordEnd);
            if (wordEnd == start || start >= text.Length) return FigureFollower.Neutral;
        }
        var word = text.AsSpan(start, wordEnd - start);
        if (joiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && NextWord(text, wordEnd) is var (after, afterEnd) && after < text.Length
            && (char.IsDigit(text[after]) || numberWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(after, afterEnd - after))))
            return FigureFollower.Joined;
        if (joinedOnly) return FigureFollower.Neutral;
        if (moneyNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return FigureFollower.MoneyNoun;
        if (notMoneyNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return FigureFollower.Counted;
        if (followers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || !char.IsLetter(word[0]) || word.Length <= 3) return FigureFollower.Neutral;
        // "18 mln bushels", "16 millions d'habitants": a plural noun counts; "3.9 billion on", "3 billion exported" do not.
        return nouns.IsPlural(word.ToString()) ? FigureFollower.Counted : FigureFollower.Neutral;
    }

    /// <summary>"de", "of", "d’": the word that links a figure to its noun, typographic apostrophes read as straight ones.</summary>
    private bool IsOfWord(ReadOnlySpan<char> word)
    {
        var of = ofWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!word.Contains('’')) return of.Contains(word);
        Span<char> plain = stackalloc char[word.Length <= 32 ? word.Length : 0];
        if (plain.Length < word.Length) return of.Contains(word.ToString().Replace('’', '\''));
        word.Replace(plain, '’', '\'');
        return of.Contains(plain);
    }

    /// <summary>Only a word that compares stands between two figures ("from", "against", "contre").</summary>
    public bool Compares(string text, int end, int start) =>
        compareWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Between(text, end, start));

    /// <summary>Only "and", "or" or a comma stands between two figures: a hedge before the first holds for the second.</summary>
    public bool JoinsFigures(string text, int end, int start) =>
        Between(text, end, start) is var between && (between is "," || listWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(between));

    /// <summary>Only "and" or "et" stands between two figures: "5 dollars and 25 cents" is one amount.</summary>
    public bool Adds(string text, int end, int start) => andWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Between(text, end, start));

    /// <summary>A number word that counts ("six", "cinq"), not an article ("a", "un").</summary>
    public bool Counts(ReadOnlySpan<char> word) => countWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static ReadOnlySpan<char> Between(string text, int end, int start) =>
        start > end ? text.AsSpan(end, start - end).Trim() : [];

    /// <summary>An amount stated without a currency ends here: punctuation, or a word that may follow one ("semble", "for").</summary>
    public bool EndsBareAmount(string text, int end)
    {
        var i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i >= text.Length || text[i] is '.' or ',' or ';' or ':' or ')' or '!' or '?' or '»' or '”' or '"' or '–' or '—') return true;
        var wordEnd = i;
        while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-')) wordEnd++;
        return followers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(i, wordEnd - i));
    }

    /// <summary>"3.25 dlrs a share", "per barrel", "le litre": the unit a price is for, lower case; null for a total.</summary>
    public string? Per(string text, int end)
    {
        var (start, wordEnd) = NextWord(text, end);
        if (wordEnd == start) return null;
        var word = text.AsSpan(start, wordEnd - start);
        var article = perArticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        if (!article && !perWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return null;
        var (unitStart, unitEnd) = NextWord(text, wordEnd);
        if (unitEnd == unitStart) return null;
        var unit = text.AsSpan(unitStart, unitEnd - unitStart);
        return article && !perUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(unit) ? null : unit.ToString().ToLowerInvariant();
    }

    /// <summary>The next run of letters (or of digits, or one other character) after <paramref name="i"/>, past white space and an elided article.</summary>
    private static (int Start, int End) NextWord(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i] is '\u00A0' or '\u202F' ? ' ' : text[i])) i++;
        var end = i;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        // "l'unité", "d'euros": an elided word is its own word.
        if (end < text.Length && end > i && text[end] is '\'' or '’' && end - i <= 2) return (i, end + 1);
        if (end == i && i < text.Length && char.IsDigit(text[i])) while (end < text.Length && char.IsDigit(text[end])) end++;
        return (i, end == i && i < text.Length ? i + 1 : end);
    }
}
