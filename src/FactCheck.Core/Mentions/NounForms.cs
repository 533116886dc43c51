using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Inputs;
using FactCheck.Languages;

namespace FactCheck.Mentions;

/// <summary>
/// Singular and plural nouns as a language's pack describes them: its <c>irregular-plurals</c> ("people" person, "feet"
/// foot, "chevaux" cheval, "pays" pays), its <c>plural-endings</c> and the singular ending each stands for ("ies" y, "eaux"
/// eau), the <c>plural-letters</c> a plural just adds ("s", "x"), the endings of words that are singular though they end like a plural (<c>singular-endings</c>: "loss",
/// "bus") and of nouns that are the same in both numbers (<c>invariant-endings</c>: "décès", "Français"). Built once per pack.
/// </summary>
internal sealed class NounForms
{
    private readonly FrozenDictionary<string, string> irregular;

    /// <summary><see cref="irregular"/> by span, made once: every singular asks it, and a new lookup checks its comparer each time.</summary>
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> irregularBySpan;
    private readonly ImmutableArray<(string Plural, string Singular)> endings;
    private readonly ImmutableArray<string> singularEndings, invariantEndings;

    private NounForms(LanguagePack language)
    {
        irregular = language.Entries("irregular-plurals").ToFrozenDictionary(e => e.Word, e => e.Meaning ?? e.Word, StringComparer.OrdinalIgnoreCase);
        irregularBySpan = irregular.GetAlternateLookup<ReadOnlySpan<char>>();
        endings = [.. language.Entries("plural-endings").Select(e => (e.Word, e.Meaning ?? "")).Concat(language.Words("plural-letters").Select(l => (l, "")))
            .OrderByDescending(e => e.Item1.Length)];
        singularEndings = language.Words("singular-endings");
        invariantEndings = language.Words("invariant-endings");
    }

    /// <summary>The noun forms of <paramref name="language"/>.</summary>
    public static NounForms Of(LanguagePack language) => memoOfThread.Of(language, static l => new NounForms(l));

    /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
    [ThreadStatic]
    private static PackMemo<NounForms> memoOfThread;

    /// <summary>True when <paramref name="word"/> (lower case or not) can be a plural noun: "allies", "people", "décès", "bateaux".</summary>
    public bool IsPlural(string word)
    {
        if (irregular.ContainsKey(word) || Ends(word, invariantEndings)) return true;
        if (word.Length < 4 || Ends(word, singularEndings)) return false;
        foreach (var (plural, _) in endings)
            if (word.EndsWith(plural, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>True for a plural that does not end as plurals do, or a noun the same in both numbers ("people", "cas", "pays").</summary>
    public bool IsIrregular(string word) => irregular.ContainsKey(word);

    /// <summary>The singular of <paramref name="word"/>, in lower case ("Companies" company, "feet" foot, "bateaux" bateau).</summary>
    public string Singular(string word)
    {
        var lower = Casing.ToLower(word);
        return SingularOf(lower) switch
        {
            (var irregularSingular, _, _) when irregularSingular is not null => irregularSingular,
            (_, 0, "") => lower,
            (_, var plural, var ending) => lower[..^plural] + ending,
        };
    }

    /// <summary>
    /// True when the singular of <paramref name="word"/> (<see cref="Singular"/>) is in <paramref name="set"/>, read without
    /// a string unless the word is a plural: asked at every figure after a word (is it "lines 2, 5 and 8"?), the word's
    /// string and its lower-case copy were most of <c>QuantityReader.IsInName</c> (0.44 % of a check's samples, perf of 08e02fd).
    /// </summary>
    public bool SingularIn(ReadOnlySpan<char> word, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        Casing.ToLower(word, lower);
        return SingularOf(lower) switch
        {
            (var irregularSingular, _, _) when irregularSingular is not null => set.Contains(irregularSingular),
            (_, 0, "") => set.Contains(lower),
            (_, var plural, var ending) => set.Contains(string.Concat(lower[..^plural], ending)),
        };
    }

    /// <summary>
    /// How the lower-case <paramref name="lower"/> becomes its singular: an irregular plural's singular, or the length of the
    /// plural ending to cut and the singular ending to put in its place (0 and "" for a word that is its own singular).
    /// </summary>
    private (string? Irregular, int Plural, string Ending) SingularOf(ReadOnlySpan<char> lower)
    {
        if (irregularBySpan.TryGetValue(lower, out var singular)) return (singular, 0, "");
        if (lower.Length < 4 || Ends(lower, invariantEndings) || Ends(lower, singularEndings)) return (null, 0, "");
        foreach (var (plural, ending) in endings)
            if (lower.EndsWith(plural, StringComparison.Ordinal)) return (null, plural.Length, ending);
        return (null, 0, "");
    }

    /// <summary>
    /// <paramref name="word"/>'s regular plurals ("rating": "ratings"; "journal": "journaux"): each form the plural letters
    /// and endings make of it that <see cref="Singular"/> reads back as the word.
    /// </summary>
    public IEnumerable<string> Plurals(string word)
    {
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (plural, singular) in endings)
            if (word.EndsWith(singular, StringComparison.Ordinal)) candidates.Add(word[..^singular.Length] + plural);
        foreach (var candidate in candidates)
            if (candidate != word && Singular(candidate) == word) yield return candidate;
    }

    /// <summary>The singular of each word of a phrase ("mètres carrés" mètre carré, "cubic feet" cubic foot).</summary>
    public string SingularPhrase(string phrase) =>
        phrase.Length > 0 && !phrase.Contains(' ') ? Singular(phrase) : string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Singular));

    private static bool Ends(ReadOnlySpan<char> word, ImmutableArray<string> suffixes)
    {
        foreach (var suffix in suffixes)
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
