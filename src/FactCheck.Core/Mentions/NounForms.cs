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
    private readonly ImmutableArray<(string Plural, string Singular)> endings;
    private readonly ImmutableArray<string> singularEndings, invariantEndings;

    private NounForms(LanguagePack language)
    {
        irregular = language.Entries("irregular-plurals").ToFrozenDictionary(e => e.Word, e => e.Meaning ?? e.Word, StringComparer.OrdinalIgnoreCase);
        endings = [.. language.Entries("plural-endings").Select(e => (e.Word, e.Meaning ?? "")).Concat(language.Words("plural-letters").Select(l => (l, "")))
            .OrderByDescending(e => e.Item1.Length)];
        singularEndings = language.Words("singular-endings");
        invariantEndings = language.Words("invariant-endings");
    }

    /// <summary>The noun forms of <paramref name="language"/>.</summary>
    public static NounForms Of(LanguagePack language) => language.Cached(typeof(NounForms), static l => new NounForms(l));

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
        if (irregular.TryGetValue(lower, out var singular)) return singular;
        if (lower.Length < 4 || Ends(lower, invariantEndings) || Ends(lower, singularEndings)) return lower;
        foreach (var (plural, ending) in endings)
            if (lower.EndsWith(plural, StringComparison.Ordinal)) return lower[..^plural.Length] + ending;
        return lower;
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

    private static bool Ends(string word, ImmutableArray<string> suffixes)
    {
        foreach (var suffix in suffixes)
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
