using System.Collections.Frozen;
using FactCheck.Inputs;

namespace FactCheck.Kinds.Place;

/// <summary>The words around a place name that say how it is used, from <c>Kinds/Place/place-words.yml</c>.</summary>
internal sealed class PlaceWords
{
    public static readonly PlaceWords Default = new(EmbeddedData.Load("Kinds/Place/place-words.yml"));

    private PlaceWords(YamlDotNet.RepresentationModel.YamlNode root)
    {
        Cues = Set(root.Strings("cues"));
        FunctionWords = Set(root.Strings("function-words"));
        ActorVerbs = Set(root.Strings("actor-verbs"));
        ActorParticiples = Set(root.Strings("actor-participles"));
    }

    /// <summary>Words after which an ambiguous name (Nice, Split) is a place: "in", "à", "near".</summary>
    public FrozenSet<string> Cues { get; }

    /// <summary>Capitalized words that do not make a place part of a longer name: "In", "The", "Monday", "Summit".</summary>
    public FrozenSet<string> FunctionWords { get; }

    /// <summary>Verbs that make a place an actor: "said", "has", "avait".</summary>
    public FrozenSet<string> ActorVerbs { get; }

    /// <summary>Participles that, after "a" or "ont", make a place an actor: "répondu", "déclaré".</summary>
    public FrozenSet<string> ActorParticiples { get; }

    /// <summary>True when <paramref name="word"/>, in lower case, is in <paramref name="set"/>.</summary>
    public static bool Has(FrozenSet<string> set, ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[32];
        if (word.IsEmpty || word.Length > buffer.Length) return false;
        for (var i = 0; i < word.Length; i++) buffer[i] = PlaceText.IsApostrophe(word[i]) ? '\'' : char.ToLowerInvariant(word[i]);
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer[..word.Length]);
    }

    /// <summary>True when <paramref name="word"/> is <paramref name="lower"/> (lower case), whatever its case and apostrophe.</summary>
    public static bool Same(ReadOnlySpan<char> word, string lower)
    {
        if (word.Length != lower.Length) return false;
        for (var i = 0; i < word.Length; i++)
            if ((PlaceText.IsApostrophe(word[i]) ? '\'' : char.ToLowerInvariant(word[i])) != lower[i]) return false;
        return true;
    }

    // Lower case but with their accents: "à" is a cue, the English article "a" is not.
    private static FrozenSet<string> Set(IEnumerable<string> words) => words.ToFrozenSet(StringComparer.Ordinal);
}
