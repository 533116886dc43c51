using System.Collections.Immutable;
using FactCheck.Languages;
using FactCheck.Binding;
using FactCheck.Mentions;

namespace FactCheck.Kinds.Attribution;

/// <summary>
/// Gives each statement of a source its speaker, one identity per person within the source: a pronoun is the speaker before
/// it, a surname the full name the source writes, a title ("le chef de l'alliance") the person the source names with it,
/// a bare quotation that goes on the speaker of the quotation it continues. The claim's subject is the statement itself,
/// its attribute "speaker"; a statement whose speaker cannot be told ("the company", an unresolved "he") is left unbound.
/// </summary>
public sealed class AttributionBinder(SpeakerDirectory directory) : IClaimBinder
{
    /// <summary>A binder with the shipped directory of offices and organizations.</summary>
    public static readonly AttributionBinder Default = new(SpeakerDirectory.Default);

    private const int SubjectWords = 10;

    /// <inheritdoc/>
    public ImmutableArray<Claim> Bind(ImmutableArray<Mention> mentions)
    {
        var attributions = mentions.OfType<AttributionMention>().ToList();
        var claims = new Claim[attributions.Count];
        // Sized for every statement of the source at once, not grown by doubling from a few: each growth made its arrays again.
        var resolved = new Dictionary<AttributionMention, Speaker?>(attributions.Count, ReferenceEqualityComparer.Instance);
        SourceNames? names = null;
        Speaker? last = null;
        var lastEnd = 0;
        var waiting = new List<int>();
        for (var i = 0; i < attributions.Count; i++)
        {
            var mention = attributions[i];
            names ??= new SourceNames(mention.Sentence.Source, directory);
            if (mention.Speaker is null && mention.SharesSpeakerWith is { } other && !resolved.ContainsKey(other))
            {
                waiting.Add(i); // "«…» «…», a déclaré un diplomate": the quotation that gives the speaker comes after
                continue;
            }
            var speaker = mention.Speaker is { } phrase ? Resolve(phrase, Antecedent(mention, phrase, last, lastEnd, names), names) : Continuing(mention, resolved);
            resolved[mention] = speaker;
            if (speaker is not null) (last, lastEnd) = (speaker, Math.Max(mention.Span.End, mention.Speaker is { } p ? mention.Sentence.SpanOf(p.Start, p.End).End : 0));
            claims[i] = Make(mention, speaker);
        }
        foreach (var i in waiting) claims[i] = Make(attributions[i], resolved[attributions[i]] = Continuing(attributions[i], resolved));
        // The array itself, filled: nothing else holds it, and a copy of it was made for every source.
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(claims);
    }

    /// <summary>
    /// The speaker a pronoun may stand for: the last one, unless the source names another person since ("X a déclaré … . De son
    /// côté, Y a appelé à … « … », a-t-il dit"): then "il" could be either, and the statement is left unbound.
    /// </summary>
    private static Speaker? Antecedent(AttributionMention mention, SpeakerPhrase phrase, Speaker? last, int lastEnd, SourceNames names)
    {
        if (phrase.Form != SpeakerForm.Pronoun || last is null) return last;
        var to = Math.Min(mention.Span.Start, mention.Sentence.SpanOf(phrase.Start, phrase.End).Start);
        return names.NamesAnotherBetween(lastEnd, to, last.Name) ? null : last;
    }

    private static Speaker? Continuing(AttributionMention mention, Dictionary<AttributionMention, Speaker?> resolved) =>
        mention.SharesSpeakerWith is { } other && resolved.GetValueOrDefault(other) is { } speaker
            ? speaker with { Note = $"the quotation goes on from the one given to {speaker.Name}" }
            : null;

    private static Claim Make(AttributionMention mention, Speaker? speaker)
    {
        var bound = speaker is { Kind: not SpeakerKind.Unresolved };
        if (mention.Denied && speaker is not null) speaker = speaker with { Denied = true };
        return new Claim(mention, bound ? Abridged(mention) : null, bound ? "speaker" : null) { Speaker = speaker };
    }

    private Speaker? Resolve(SpeakerPhrase phrase, Speaker? last, SourceNames names)
    {
        var written = phrase.Text.Replace('\n', ' ');
        switch (phrase.Form)
        {
            case SpeakerForm.Pronoun:
                return last is null ? null : last with { Note = $"“{written}” read as {last.Name}, the speaker before it" };
            case SpeakerForm.Name:
                if ((directory.OrganizationOf(written) ?? directory.OrganizationOf(WithoutDeterminer(written, names.Language))) is { } organization)
                    return new Speaker(organization, SpeakerKind.Named, organization == written ? null : $"“{written}” read as {organization}");
                var name = directory.WithoutTitles(WithoutDeterminer(written, names.Language), names.Language);
                if (name.Length == 0) return new Speaker(written, SpeakerKind.Unresolved);
                // "Treasury Secretary said": a title with no name is an office, or a description the source does not resolve.
                if (SpeakerDirectory.IsOnlyTitles(name, names.Language))
                    return directory.RoleOf(name, names.Language) is ({ } id, { } title) && names.PersonWith(id) is { } holder
                        ? new Speaker(holder, SpeakerKind.Named, $"“{written}” read as {holder}, whom this source names with that title")
                        : new Speaker(written, SpeakerKind.Unresolved);
                if (!name.Contains(' ') && names.FullNameOf(name) is { } full) return new Speaker(full, SpeakerKind.Named, $"“{written}” read as {full}, named so in this source");
                return new Speaker(name, SpeakerKind.Named);
            default:
                if (directory.OrganizationOf(written) is { } body) return new Speaker(body, SpeakerKind.Named, $"“{written}” read as {body}");
                if (directory.RoleOf(written, names.Language) is ({ } role, { } office))
                    return names.PersonWith(role) is { } person
                        ? new Speaker(person, SpeakerKind.Named, $"“{written}” read as {person}, whom this source names with that title")
                        : new Speaker(office, SpeakerKind.Role, $"“{written}” read as the {office}");
                return new Speaker(written, phrase.Anonymous ? SpeakerKind.Anonymous : SpeakerKind.Unresolved);
        }
    }

    /// <summary>"the Kremlin", "l’OTAN": the words without the language's article before them.</summary>
    private static string WithoutDeterminer(string text, LanguagePack language)
    {
        foreach (var article in language.Words("articles"))
        {
            var elided = article.EndsWith('\'') || article.EndsWith('’');
            var length = elided ? article.Length : article.Length + 1;
            // The article and the space after it compared in place: the two joined were a new string for each article and speaker.
            if (text.Length > length && (elided ? IsElided(text, article) : text.StartsWith(article, StringComparison.OrdinalIgnoreCase) && text[article.Length] == ' '))
                return text[length..].TrimStart();
        }
        return text;
    }

    /// <summary>"l'OTAN" and "l’OTAN" both start with the elided article "l'".</summary>
    private static bool IsElided(string text, string article) =>
        text.AsSpan(0, article.Length - 1).Equals(article.AsSpan(0, article.Length - 1), StringComparison.OrdinalIgnoreCase) && text[article.Length - 1] is '\'' or '’';

    /// <summary>
    /// The statement's first words, parted by single spaces: enough for an editor to know which one it is. Written into one
    /// buffer: splitting every statement into its words to keep ten was 26 MB of strings on the bench corpus. Read from the
    /// sentence's own characters, its runs of white space as the single spaces of <see cref="AttributionMention.Quote"/>:
    /// that string, one copy of each statement, is made only for a statement short enough to be given whole.
    /// </summary>
    private static string Abridged(AttributionMention mention)
    {
        var quote = mention.About is null ? mention.Sentence.Text.AsSpan(mention.QuoteStart, mention.QuoteEnd - mention.QuoteStart) : mention.Quote;
        Span<char> buffer = quote.Length < 512 ? stackalloc char[quote.Length + 1] : new char[quote.Length + 1];
        var (length, words) = (0, 0);
        for (var i = 0; i < quote.Length;)
        {
            if (char.IsWhiteSpace(quote[i])) { i++; continue; }
            if (words == SubjectWords) return string.Concat(buffer[..length], "…");
            var start = i;
            while (i < quote.Length && !char.IsWhiteSpace(quote[i])) i++;
            if (words++ > 0) buffer[length++] = ' ';
            quote[start..i].CopyTo(buffer[length..]);
            length += i - start;
        }
        return mention.Quote;
    }
}
