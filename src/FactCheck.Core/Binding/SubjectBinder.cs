using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Mentions;

namespace FactCheck.Binding;

/// <summary>
/// Binds each mention to the subject word nearest to it in its sentence that takes its kind ("a 100 billion euro fund",
/// "le fonds de 100 milliards", "the Washington summit in July", "2% of GDP"). A subject across a clause break (";", ":",
/// a dash) counts as farther away than any in the same clause, and the nearer side wins: "the loan, unlike the €5bn fund"
/// binds €5bn to the fund. Each kind says how its figures bind (<see cref="SubjectBinding"/>), so that a generic word
/// ("members", "election", "loan") is not handed every figure of a long sentence: a count binds to what it counts, a
/// duration to the amount just before it, a percentage or a date only to a word a few words away in its clause.
/// </summary>
public sealed class SubjectBinder(SubjectLexicon lexicon, FrozenDictionary<ClaimKind, SubjectBinding> bindings) : IClaimBinder
{
    private const int ClauseBreakPenalty = 1000;
    private const int CommaPenalty = 20;
    private const int AmountToDuration = 30;

    /// <summary>A claim per mention, bound where a subject word is found, in the mentions' order.</summary>
    public ImmutableArray<Claim> Bind(ImmutableArray<Mention> mentions)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>(mentions.Length);
        // One list for every sentence of the source, the subject words filtered as they are scored: a list, a filter and
        // its closure a sentence were a third of binding's allocations on the 30 MB file of issue 11.
        var subjects = new List<(int Start, int End, string Subject)>();
        Sentences.Sentence? current = null;
        (Claim Claim, int End)? lastAmount = null;
        for (var i = 0; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            var binding = bindings[mention.Kind];
            if (!ReferenceEquals(mention.Sentence, current))
            {
                current = mention.Sentence;
                subjects.Clear();
                lexicon.Find(current.Text, subjects);
                lastAmount = null;
            }
            var (subject, word) = !binding.Binds(mention) ? (null, null)
                : binding.FollowsAmount && lastAmount is ({ Subject: { } owner } owning, var amountEnd) && lexicon.Takes(owner, mention.Kind) && Follows(amountEnd, mention) ? (owner, owning.SubjectWord)
                : Nearest(mention, binding, subjects, mentions, i);
            var claim = new Claim(mention, subject, subject is null ? null : lexicon.AttributeName(subject, mention.Kind, binding.Attribute)) { SubjectWord = word };
            if (binding.AmountEnd is { } end) lastAmount = (claim, end(mention));
            claims.Add(claim);
        }
        return claims.MoveToImmutable();
    }

    /// <summary>The subject word of the sentence nearest to <paramref name="mention"/> that takes its kind, scored by the gap between them.</summary>
    private (string? Subject, Range? Word) Nearest(Mention mention, SubjectBinding binding, List<(int Start, int End, string Subject)> subjects, ImmutableArray<Mention> all, int index)
    {
        (string? Subject, Range? Word) best = (null, null);
        var bestScore = int.MaxValue;
        var text = mention.Sentence.Text;
        var reach = binding.Reach(mention) ?? int.MaxValue;
        foreach (var (start, end, subject) in subjects)
        {
            if (!lexicon.Takes(subject, mention.Kind) || (binding.HonoursAfter && lexicon.FollowsFigure(subject) && start < mention.End)) continue;
            if (start < mention.End && mention.Start < end)
            {
                if (binding.NamedInside) return (subject, start..end); // "32 allies": the counted words name the subject
                continue;
            }
            var (from, to) = end <= mention.Start ? (end, mention.Start) : (mention.End, start);
            var gap = text.AsSpan(from, to - from);
            if (gap.Length > reach) continue;
            var score = gap.Length;
            var clauseBreak = gap.IndexOfAny(";:—–") >= 0 || gap.Contains(" - ", StringComparison.Ordinal);
            if (clauseBreak) score += ClauseBreakPenalty;
            score += CommaPenalty * gap.Count(',');
            if (binding.InClause && (clauseBreak || gap.Contains(',') || OtherBetween(all, index, from, to))) continue;
            if (score < bestScore) (best, bestScore) = ((subject, start..end), score);
        }
        return best;
    }

    /// <summary>True when another figure of the same kind stands between a mention and a subject word: that figure is nearer to it.</summary>
    private static bool OtherBetween(ImmutableArray<Mention> all, int index, int from, int to)
    {
        var mention = all[index];
        for (var i = Math.Max(0, index - 5); i < Math.Min(all.Length, index + 6); i++)
            if (i != index && all[i].Kind == mention.Kind && ReferenceEquals(all[i].Sentence, mention.Sentence) && all[i].Start >= from && all[i].End <= to) return true;
        return false;
    }

    /// <summary>"100 milliards de dollars (79,5 milliards de livres) sur cinq ans": a figure a few words after an amount, in its clause.</summary>
    private static bool Follows(int amountEnd, Mention figure)
    {
        if (amountEnd > figure.Start || figure.Start - amountEnd > AmountToDuration) return false;
        var gap = figure.Sentence.Text.AsSpan(amountEnd, figure.Start - amountEnd);
        return gap.IndexOfAny(";:—–") < 0;
    }
}
