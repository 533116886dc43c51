using FactCheck.Binding;
using FactCheck.Mentions;

namespace FactCheck.Frames;

/// <summary>
/// The word that says which occurrence of an event a date or a place is of: the adjective next to its noun ("les élections
/// européennes de mai 2019" against "les élections municipales de 2020"; "the local elections" against "the European
/// elections"). French writes it after the noun, English before (the pack's <c>adjective-after</c> trait). Two claims of
/// one language whose events carry different such words are about two events, however the word that binds them agrees.
/// </summary>
internal static class EventQualifier
{
    /// <summary>A qualifier shorter than this is a function word the stop lists leave ("ex", "co").</summary>
    private const int Shortest = 4;

    /// <summary>The stem of the word qualifying the event noun at words <c>[first, end)</c> (or at the claim's subject word), or null.</summary>
    public static string? Read(SentenceReading s, Claim claim, int first, int end)
    {
        if (claim.Mention.Kind != ClaimKind.Date && claim.Mention.Kind != ClaimKind.Place) return null;
        if (first < 0 && claim.SubjectWord is { } word)
            (first, end) = (s.WordAt(word.Start.GetOffset(s.Text.Length)), s.WordAt(word.End.GetOffset(s.Text.Length)));
        if (first < 0 || end <= first) return null;
        var at = s.Lexicon.AdjectiveAfter ? end : first - 1;
        if (at < 0 || at >= s.Words.Length) return null;
        var candidate = s.Words[at];
        // A figure, a function word, a word of the sentence's first place (capitalised as any first word is), or a word
        // the packs know (a verb of an event, a unit, a cue: "the election took place", "l'élection a eu lieu") says nothing of which event.
        if (candidate.Stop || candidate.Key == "#" || candidate.Lower.Length < Shortest || !candidate.Lower.All(char.IsLetter) || at == 0) return null;
        if (claim.Mention.Start <= candidate.Start && candidate.End <= claim.Mention.End) return null;
        foreach (var hit in s.Hits)
            if (hit.First <= at && at < hit.End) return null;
        return candidate.Key;
    }
}
