using System.Collections.Immutable;
using FactCheck.Binding;
using FactCheck.Inputs;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Place;

/// <summary>
/// Binds a place to the thing its sentence locates there, attribute "location": the headquarters, the meeting, the summit
/// (<c>Kinds/Place/locations.yml</c>). The sentence must say where: the place right before the word ("the Brussels
/// summit"), or the nearest such word before the place, with only a few words between them that end in "in", "at", "à",
/// "dans" ("the headquarters based in", "le QG de l'OTAN à"), "to"/"vers" in a sentence about moving it
/// ("transferring the headquarters to Brussels"), or "de"/"of" for a meeting, summit, talks, office or base ("la réunion
/// de Bruxelles"). A comma, a colon, a bracket or another place between them breaks the link, and so does an indefinite
/// word that nothing qualifies ("a meeting in Geneva" is some meeting, not the story's). Other places stay unbound.
/// </summary>
public sealed class PlaceBinder : IClaimBinder
{
    /// <summary>The binder with the shipped lexicon.</summary>
    public static readonly PlaceBinder Default = new();

    private const int MaxWordsBetween = 8;
    private const string NoSubject = "none";
    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(",;:()[]«»\"“”—–");

    private readonly LocationLexicon lexicon = LocationLexicon.Default;

    /// <summary>A claim per place mention, bound where its sentence locates a subject there, in the mentions' order.</summary>
    public ImmutableArray<Claim> Bind(ImmutableArray<Mention> mentions)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>(mentions.Length);
        // One list for every sentence of the source, emptied and filled again: an empty list, or a list and its copy, a
        // sentence with a place (with the attribution binder's copy of its claims, 2 of the 64 MB binding allocated on the
        // bench corpus, --stats, AOT).
        var subjects = new List<(int Start, int End, string Subject)>();
        Sentences.Sentence? current = null;
        for (var m = 0; m < mentions.Length; m++)
        {
            var mention = mentions[m];
            if (!ReferenceEquals(mention.Sentence, current))
            {
                current = mention.Sentence;
                subjects.Clear();
                if (lexicon.KeyWords.MayHoldAny(current.Text)) lexicon.Subjects.Find(current.Text, subjects);
            }
            var previous = m > 0 && ReferenceEquals(mentions[m - 1].Sentence, current) ? mentions[m - 1].End : 0;
            var subject = SubjectOf(mention, subjects, previous, PlaceWords.Of(current!.Source.Language));
            claims.Add(new Claim(mention, subject, subject is null ? null : "location"));
        }
        return claims.ToImmutable();
    }

    private string? SubjectOf(Mention place, List<(int Start, int End, string Subject)> subjects, int previousPlaceEnd, PlaceWords words)
    {
        var text = place.Sentence.Text;
        // "Bondy, la ville où il a vu le jour": the predicate heading the apposition's relative clause locates the place.
        // Asked only after such an apposition: the predicates' starts were a query built for every place, and few have one.
        var headed = PlaceApposition.OpensRelative(text, place.End, words)
            ? PlaceApposition.PredicateOf(text, place.End, words, subjects.Where(s => lexicon.Predicates.Contains(s.Subject)).Select(s => s.Start))
            : -1;
        if (headed >= 0) return SubjectAt(subjects, headed);
        foreach (var (start, _, subject) in subjects)
            if (start > place.End && text.AsSpan(place.End, start - place.End).IsWhiteSpace() && start - place.End <= 2) return subject == NoSubject ? null : subject;
        for (var k = subjects.Count - 1; k >= 0; k--)
        {
            var s = subjects[k];
            if (s.End > place.Start) continue;
            // "died at his home in X": a site in a locative predicate's complement leaves the place to the predicate.
            if (lexicon.Sites.Contains(s.Subject) && SiteComplement.Owner(text, subjects, k, lexicon, words) is { } owner) s = owner;
            // Only the nearest subject before the place may take it, and no other place may stand between them.
            return s.End >= previousPlaceEnd && Locates(text, s, place.Start, words) ? s.Subject : null;
        }
        return null;
    }

    /// <summary>
    /// The subject starting at <paramref name="start"/>, or null. A loop, not Find with a lambda: its closure over the
    /// offset was made at every place SubjectOf read, apposition or not.
    /// </summary>
    private static string? SubjectAt(List<(int Start, int End, string Subject)> subjects, int start)
    {
        foreach (var s in subjects)
            if (s.Start == start) return s.Subject;
        return null;
    }

    private bool Locates(string text, (int Start, int End, string Subject) subject, int placeStart, PlaceWords language)
    {
        if (lexicon.Sites.Contains(subject.Subject)) return SiteComplement.Places(text, (subject.Start, subject.End), placeStart, language);
        var gap = text.AsSpan(subject.End, placeStart - subject.End);
        // "a succombé à un arrêt cardiaque, dans un manoir de X": a predicate's second complement after a comma says where.
        // A capitalized predicate word is part of a name ("la Vallée de la Mort, en Californie").
        if (lexicon.Predicates.Contains(subject.Subject) && char.IsLower(text[subject.Start]) && SecondComplement(text, subject.End, placeStart, language) is var after and >= 0)
            return IsComplement(Words(text, after, placeStart), language);
        if (gap.IndexOfAny(Breaks) >= 0 || gap.Contains(" - ", StringComparison.Ordinal)) return false;
        var words = Words(text, subject.End, placeStart);
        if (subject.Subject == NoSubject || words.Count == 0) return false;
        if (lexicon.Predicates.Contains(subject.Subject)) return IsComplement(words, language);
        if (words.Count > MaxWordsBetween) return false;
        var lastAt = words.Count > 1 && language.Articles.Contains(words[^1]) ? words.Count - 2 : words.Count - 1;
        if (words[..lastAt].Exists(language.ClauseWords.Contains)) return false;
        var last = words[lastAt];
        var located = language.AtWords.Contains(last)
            || (language.ToWords.Contains(last) && IsAboutMoving(text, placeStart, language))
            || (lexicon.OfIsLocation.Contains(subject.Subject) && language.OfWords.Contains(words[0]) && words.Count <= 2);
        return located && IsSpecific(text, subject.Start, language, qualified: language.OfWords.Contains(words[0]));
    }

    /// <summary>
    /// "born on 3 May in", "est mort mardi à", "s'est éteint à l'hôpital américain de": the place is the complement of the
    /// predicate, after an "at" word, with lower-case words between them only when they end on "of"/"de".
    /// </summary>
    internal static bool IsComplement(List<string> words, PlaceWords language)
    {
        var at = words.FindLastIndex(language.AtWords.Contains);
        if (at < 0 || at > MaxWordsBetween || words.Count - at > MaxWordsBetween) return false;
        var last = words.Count > at + 1 && language.Articles.Contains(words[^1]) ? words.Count - 2 : words.Count - 1;
        if (last == at) return true;
        return language.OfWords.Contains(words[last]) && !words[(at + 1)..last].Exists(language.ClauseWords.Contains);
    }

    /// <summary>
    /// Where the second complement starts when one comma splits <c>[from, to)</c>, a few words before it and an "at" word
    /// right after it ("died of a stroke, at his home in"), or -1.
    /// </summary>
    internal static int SecondComplement(string text, int from, int to, PlaceWords language)
    {
        var gap = text.AsSpan(from, to - from);
        var comma = gap.IndexOf(',');
        if (comma < 0 || gap[(comma + 1)..].IndexOfAny(Breaks) >= 0 || gap[..comma].IndexOfAny(Breaks) >= 0) return -1;
        if (Words(text, from, from + comma).Count > MaxWordsBetween) return -1;
        var after = Words(text, from + comma + 1, to);
        return after.Count > 0 && language.AtWords.Contains(after[0]) ? from + comma + 1 : -1;
    }

    /// <summary>"the headquarters", "NATO's summit", "une réunion de deux jours": not "a meeting" that nothing qualifies.</summary>
    private static bool IsSpecific(string text, int subjectStart, PlaceWords language, bool qualified)
    {
        var words = Words(text, Math.Max(0, subjectStart - 40), subjectStart);
        for (var i = words.Count - 1; i >= Math.Max(0, words.Count - 3); i--)
        {
            if (language.Definite.Contains(words[i])) return true;
            if (language.Indefinite.Contains(words[i])) return qualified;
        }
        return true;
    }

    private static bool IsAboutMoving(string text, int placeStart, PlaceWords language)
    {
        var before = text.AsSpan(0, placeStart);
        foreach (var stem in language.TransferStems)
            if (before.Contains(stem, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The words of <c>[from, to)</c>, lower case, apostrophes straight, a French elision as its own word ("l'").</summary>
    internal static List<string> Words(string text, int from, int to)
    {
        var words = new List<string>();
        var i = from;
        while (i < to)
        {
            if (!PlaceText.IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var end = Math.Min(PlaceText.WordEnd(text, i), to);
            words.Add(string.Create(end - i, (text, i), static (span, state) =>
            {
                for (var k = 0; k < span.Length; k++)
                {
                    var c = state.text[state.i + k];
                    span[k] = PlaceText.IsApostrophe(c) ? '\'' : Casing.ToLower(c);
                }
            }));
            i = end;
        }
        return words;
    }
}
