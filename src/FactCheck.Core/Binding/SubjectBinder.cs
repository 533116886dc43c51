using System.Collections.Immutable;
using FactCheck.Mentions;

namespace FactCheck.Binding;

/// <summary>
/// Binds each mention to the subject word nearest to it in its sentence ("a 100 billion euro fund", "le fonds de 100 milliards").
/// A subject across a clause break (";", ":", a dash) counts as farther away than any in the same clause,
/// and the nearer side wins: "the loan, unlike the €5bn fund" binds €5bn to the fund.
/// </summary>
public sealed class SubjectBinder(SubjectLexicon lexicon) : IClaimBinder
{
    /// <summary>A binder with the shipped lexicon.</summary>
    public static readonly SubjectBinder Default = new(SubjectLexicon.Default);

    private const int ClauseBreakPenalty = 1000;
    private const int CommaPenalty = 20;

    /// <inheritdoc/>
    public IReadOnlySet<MentionKind> Kinds { get; } = new HashSet<MentionKind> { MentionKind.Money };

    /// <summary>A claim per mention, bound where a subject word is found, in the mentions' order.</summary>
    public ImmutableArray<Claim> Bind(ImmutableArray<Mention> mentions)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>(mentions.Length);
        List<(int Start, int End, string Subject)>? subjects = null;
        Sentences.Sentence? current = null;
        foreach (var mention in mentions)
        {
            if (!ReferenceEquals(mention.Sentence, current))
            {
                current = mention.Sentence;
                subjects = [.. lexicon.Find(current.Text)];
            }
            var (subject, attribute) = Nearest(mention, subjects!);
            claims.Add(new Claim(mention, subject, attribute));
        }
        return claims.ToImmutable();
    }

    /// <summary>The nearest subject that takes claims of the mention's kind, and the attribute the mention states about it.</summary>
    private (string? Subject, string? Attribute) Nearest(Mention mention, List<(int Start, int End, string Subject)> subjects)
    {
        (string? Subject, string? Attribute) best = (null, null);
        var bestScore = int.MaxValue;
        var text = mention.Sentence.Text;
        foreach (var (start, end, subject) in subjects)
        {
            if (start < mention.End && mention.Start < end) continue;
            if (lexicon.AttributeOf(subject, mention.Kind) is not { } attribute) continue;
            var (from, to) = end <= mention.Start ? (end, mention.Start) : (mention.End, start);
            var gap = text.AsSpan(from, to - from);
            var score = gap.Length;
            if (gap.IndexOfAny(";:—–") >= 0 || gap.Contains(" - ", StringComparison.Ordinal)) score += ClauseBreakPenalty;
            score += CommaPenalty * gap.Count(',');
            if (score < bestScore) (best, bestScore) = ((subject, attribute), score);
        }
        return best;
    }
}
