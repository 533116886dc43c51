using System.Collections.Frozen;
using FactCheck.Binding;
using FactCheck.Inputs;

namespace FactCheck.Kinds.Place;

/// <summary>The words that say where something is or happens, from <c>Kinds/Place/locations.yml</c> (see <see cref="PlaceBinder"/>).</summary>
internal sealed class LocationLexicon
{
    public static readonly LocationLexicon Default = new(EmbeddedData.Load("Kinds/Place/locations.yml"));

    private LocationLexicon(YamlDotNet.RepresentationModel.YamlNode root)
    {
        Subjects = SubjectLexicon.Read(root);
        // The longest word of every term ("base" for "air base"): a sentence holding none of them names no subject.
        KeyWords = System.Buffers.SearchValues.Create(
            [.. root.Items("subjects").SelectMany(n => n.Strings("en").Concat(n.Strings("fr")))
                .Select(t => t.Split(' ', '\'').MaxBy(w => w.Length)!).Distinct(StringComparer.Ordinal)],
            StringComparison.OrdinalIgnoreCase);
        OfIsLocation = root.Items("subjects").Where(n => n.Scalar("of-is-location") == "true").Select(n => n.Scalar("id")!).ToFrozenSet(StringComparer.Ordinal);
        AtWords = Set(root, "at-words");
        ToWords = Set(root, "to-words");
        TransferStems = [.. root.Strings("transfer-stems")];
        Indefinite = Set(root, "indefinite");
        Definite = Set(root, "definite");
        ClauseWords = Set(root, "clause-words");
    }

    /// <summary>The words that name what places locate: headquarters, réunion, summit...</summary>
    public SubjectLexicon Subjects { get; }

    /// <summary>The longest word of each term, for a vectorized search before the lexicon's regex.</summary>
    public System.Buffers.SearchValues<string> KeyWords { get; }

    /// <summary>Subjects that "de X" / "of X" places in X: "le sommet de Washington".</summary>
    public FrozenSet<string> OfIsLocation { get; }

    /// <summary>"in", "at", "à", "en", "dans".</summary>
    public FrozenSet<string> AtWords { get; }

    /// <summary>"to", "vers": a location only in a sentence about moving the thing.</summary>
    public FrozenSet<string> ToWords { get; }

    /// <summary>The stems of the words for moving a thing: "transfer", "déplac".</summary>
    public string[] TransferStems { get; }

    /// <summary>"a", "une": the subject is some such thing, not the story's.</summary>
    public FrozenSet<string> Indefinite { get; }

    /// <summary>"the", "la", "its": the subject is the one the story is about.</summary>
    public FrozenSet<string> Definite { get; }

    /// <summary>"but", "mais": another clause starts.</summary>
    public FrozenSet<string> ClauseWords { get; }

    private static FrozenSet<string> Set(YamlDotNet.RepresentationModel.YamlNode root, string key) => root.Strings(key).ToFrozenSet(StringComparer.Ordinal);
}
