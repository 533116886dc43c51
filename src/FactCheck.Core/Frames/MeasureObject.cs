using FactCheck.Binding;

namespace FactCheck.Frames;

/// <summary>
/// What a figure's measure is for, when a name follows its noun after a word of <c>holder-object-links</c>: "Manchester
/// United's £89m deal for Paul Pogba" is United's deal and Pogba's transfer fee, "l'offre d'Orvane pour Tessel" Orvane's
/// offer for Tessel. The holder stays the possessor; the name it is for is kept beside it, so that a source giving the
/// figure to that name ("Pogba joined United for £89m") speaks of the same deal.
/// </summary>
internal static class MeasureObject
{
    public static string? Of(SentenceReading s, Claim claim, (int First, int End) measure, SourceNameIndex names)
    {
        // Only the noun that the figure itself modifies ("a €98m deal for"): a measure word further on is another figure's.
        var (first, end) = measure.First >= 0 ? measure : claim.SubjectWord is { } word ? s.WordsOf(word) : (-1, -1);
        if (first != s.WordAt(claim.Mention.End) || end + 1 >= s.Words.Length || !s.Lexicon.ObjectLinks.Contains(s.Words[end].Lower)) return null;
        var start = s.Words[end + 1].Start;
        foreach (var name in s.Names.All)
            if (name.Start == start && !(name.WordCount == 1 && s.Lexicon.NotHolderWords.Contains(s.TextOf(s.Names.WordsOf(name)[0])))) return names.Resolve(s, name).Key;
        return null;
    }
}
