using System.Collections.Frozen;
using FactCheck.Inputs;
using FactCheck.Languages;

namespace FactCheck.Kinds.Place;

/// <summary>
/// The words of one language around a place name that say how it is used, and around the things places locate, from the
/// language's pack: lower case, with their accents ("à" is a cue, the English article "a" is not), apostrophes straight.
/// </summary>
internal sealed class PlaceWords
{
    private PlaceWords(LanguagePack language)
    {
        FrozenSet<string> Set(string list) => language.Words(list).Select(w => w.Replace('’', '\'')).ToFrozenSet(StringComparer.Ordinal);
        // A name keeps the words of the language it was given in ("Université libre de Bruxelles" in an English story):
        // the words that shape a name are those of every shipped language as well as the source's.
        FrozenSet<string> NameSet(string list) => LanguagePacks.BuiltIn.All.Append(language).SelectMany(p => p.Words(list))
            .Select(w => w.Replace('’', '\'')).ToFrozenSet(StringComparer.Ordinal);
        Cues = Set("place-cues");
        FunctionWords = NameSet("place-function-words");
        ActorVerbs = Set("actor-verbs");
        ActorParticiples = Set("actor-participles");
        ActorAuxiliaries = Set("actor-auxiliaries");
        OfWords = NameSet("of-words");
        Articles = NameSet("articles");
        Adverbs = Set("place-adverbs");
        RefiningWords = [.. language.Words("refining-words")];
        AtWords = Set("location-at-words");
        ToWords = Set("location-to-words");
        TransferStems = [.. language.Words("transfer-stems")];
        Indefinite = Set("indefinite-words");
        Definite = Set("definite-words");
        ClauseWords = Set("location-clause-words");
        Determiners = Set("determiners");
        // "Mr Livingstone", "Mme Dunwoody": a name after an honorific is a person, whatever a gazetteer says.
        Honorifics = LanguagePacks.BuiltIn.All.Append(language).SelectMany(p => p.Words("honorifics")).Select(w => w.TrimEnd('.').ToLowerInvariant())
            .ToFrozenSet(StringComparer.Ordinal);
        ArticleAtWords = Set("article-at-words");
        AppositionNouns = Set("place-apposition-nouns");
        RelativeWords = Set("place-relative-words");
    }

    /// <summary>"ville", "town": after a name and a comma ("Bondy, la ville où"), a noun that makes the name a place.</summary>
    public FrozenSet<string> AppositionNouns { get; }

    /// <summary>"où", "where": the word that opens a relative clause about a place.</summary>
    public FrozenSet<string> RelativeWords { get; }

    /// <summary>"mr", "mme", "dr": honorifics of every shipped language, lower case, without their period.</summary>
    public FrozenSet<string> Honorifics { get; }

    /// <summary>"au", "aux": "at" words that hold an article, before common nouns rather than towns ("au Covid-19").</summary>
    public FrozenSet<string> ArticleAtWords { get; }

    /// <summary>"the", "his", "un", "sa": words that open a noun phrase.</summary>
    public FrozenSet<string> Determiners { get; }

    /// <summary>The words of <paramref name="language"/>.</summary>
    public static PlaceWords Of(LanguagePack language) => language.Cached(typeof(PlaceWords), static l => new PlaceWords(l));

    /// <summary>Words after which an ambiguous name (Nice, Split) is a place: "in", "à", "near".</summary>
    public FrozenSet<string> Cues { get; }

    /// <summary>Capitalized words that do not make a place part of a longer name: "In", "The", "Monday", "Summit".</summary>
    public FrozenSet<string> FunctionWords { get; }

    /// <summary>Verbs that make a place an actor: "said", "has", "avait".</summary>
    public FrozenSet<string> ActorVerbs { get; }

    /// <summary>Participles that, after an auxiliary ("a", "ont"), make a place an actor: "répondu", "déclaré".</summary>
    public FrozenSet<string> ActorParticiples { get; }

    /// <summary>The auxiliaries before those participles.</summary>
    public FrozenSet<string> ActorAuxiliaries { get; }

    /// <summary>"of", "de", "d'": "Bank of England", "le sommet de Washington".</summary>
    public FrozenSet<string> OfWords { get; }

    /// <summary>"the", "la", "l'".</summary>
    public FrozenSet<string> Articles { get; }

    /// <summary>Words allowed between a place and its verb ("Berlin also said").</summary>
    public FrozenSet<string> Adverbs { get; }

    /// <summary>"Reading, in England", "Split, en Croatie": after a comma, a place that contains the one before.</summary>
    public IReadOnlyList<string> RefiningWords { get; }

    /// <summary>"in", "at", "à", "dans": a place after them is where the thing is.</summary>
    public FrozenSet<string> AtWords { get; }

    /// <summary>"to", "vers": a location only in a sentence about moving the thing.</summary>
    public FrozenSet<string> ToWords { get; }

    /// <summary>The stems of the words for moving a thing: "transfer", "déplac".</summary>
    public IReadOnlyList<string> TransferStems { get; }

    /// <summary>"a", "une": the subject is some such thing, not the story's.</summary>
    public FrozenSet<string> Indefinite { get; }

    /// <summary>"the", "la", "its": the subject is the one the story is about.</summary>
    public FrozenSet<string> Definite { get; }

    /// <summary>"but", "mais": another clause starts.</summary>
    public FrozenSet<string> ClauseWords { get; }

    /// <summary>True when <paramref name="word"/>, in lower case, is in <paramref name="set"/>.</summary>
    public static bool Has(FrozenSet<string> set, ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[32];
        if (word.IsEmpty || word.Length > buffer.Length) return false;
        for (var i = 0; i < word.Length; i++) buffer[i] = PlaceText.IsApostrophe(word[i]) ? '\'' : Casing.ToLower(word[i]);
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer[..word.Length]);
    }
}
