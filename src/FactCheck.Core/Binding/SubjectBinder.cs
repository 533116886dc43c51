using System.Collections.Immutable;
using FactCheck.Kinds.Date;
using FactCheck.Kinds.Duration;
using FactCheck.Kinds.Money;
using FactCheck.Kinds.Percentage;
using FactCheck.Kinds.Quantity;
using FactCheck.Mentions;

namespace FactCheck.Binding;

/// <summary>
/// Binds each mention to the subject word nearest to it in its sentence that takes its kind ("a 100 billion euro fund",
/// "le fonds de 100 milliards", "the Washington summit in July", "2% of GDP"). A subject across a clause break (";", ":",
/// a dash) counts as farther away than any in the same clause, and the nearer side wins: "the loan, unlike the €5bn fund"
/// binds €5bn to the fund. The other kinds bind only to what they are plainly said of, so that a generic word ("members",
/// "election", "loan") is not handed every figure of a long sentence:
/// <list type="bullet">
/// <item>a count binds to what it counts, the words right after it, and only when it counts a whole group ("the 32 allies",
/// "les 32 membres"), not some of it ("two countries signed");</item>
/// <item>a duration binds to the subject of the amount just before it ("100 milliards de dollars sur cinq ans", "a €20bn
/// fund that will be spent over four years"), or to a subject a few words away in its clause;</item>
/// <item>a percentage binds to a rate a few words away with no comma between, never when it is a change ("rose 2%"),
/// and "of GDP" only after it ("2% of GDP" is a share; "GDP rose 2%" is growth);</item>
/// <item>a date binds to an event a few words away in its clause, with no other date between.</item>
/// </list>
/// </summary>
public sealed class SubjectBinder(SubjectLexicon lexicon) : IClaimBinder
{
    /// <summary>A binder with the shipped lexicon.</summary>
    public static readonly SubjectBinder Default = new(SubjectLexicon.Default);

    private const int ClauseBreakPenalty = 1000;
    private const int CommaPenalty = 20;
    private const int DateReach = 50;
    private const int PercentageReach = 30;
    private const int CountReach = 40;
    private const int DurationReach = 40;
    private const int AmountToDuration = 30;

    /// <inheritdoc/>
    public IReadOnlySet<MentionKind> Kinds { get; } = new HashSet<MentionKind>
        { MentionKind.Money, MentionKind.Quantity, MentionKind.Percentage, MentionKind.Date, MentionKind.Duration };

    /// <summary>A claim per mention, bound where a subject word is found, in the mentions' order.</summary>
    public ImmutableArray<Claim> Bind(ImmutableArray<Mention> mentions)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>(mentions.Length);
        List<(int Start, int End, string Subject)>? subjects = null;
        Sentences.Sentence? current = null;
        Claim? lastAmount = null;
        for (var i = 0; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            if (!ReferenceEquals(mention.Sentence, current))
            {
                current = mention.Sentence;
                subjects = [.. lexicon.Find(current.Text)];
                lastAmount = null;
            }
            var subject = mention switch
            {
                QuantityMention { IsWhole: false } or PercentageMention { IsChange: true } => null,
                DurationMention when lastAmount is { Subject: { } owner } && lexicon.Takes(owner, MentionKind.Duration) && Follows(lastAmount.Mention, mention) => owner,
                _ => Nearest(mention, subjects!.Where(s => lexicon.Takes(s.Subject, mention.Kind) && (mention is not PercentageMention || !lexicon.FollowsFigure(s.Subject) || s.Start >= mention.End)), mentions, i),
            };
            var claim = new Claim(mention, subject, subject is null ? null : lexicon.AttributeName(subject, mention.Kind));
            if (mention is MoneyMention) lastAmount = claim;
            claims.Add(claim);
        }
        return claims.ToImmutable();
    }

    /// <summary>The attribute each kind states about its subject.</summary>
    public static string AttributeOf(MentionKind kind) => kind switch
    {
        MentionKind.Money => "amount",
        MentionKind.Quantity => "count",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string? Nearest(Mention mention, IEnumerable<(int Start, int End, string Subject)> subjects, ImmutableArray<Mention> all, int index)
    {
        string? best = null;
        var bestScore = int.MaxValue;
        var text = mention.Sentence.Text;
        var reach = mention switch
        {
            DateMention => DateReach,
            PercentageMention => PercentageReach,
            // A count binds to the words it counts; only a count with none ("from 27 to 25 years") looks around it.
            QuantityMention { Counted: "" or "years" or "ans" } => CountReach,
            QuantityMention => 0,
            DurationMention => DurationReach,
            _ => int.MaxValue,
        };
        foreach (var (start, end, subject) in subjects)
        {
            if (start < mention.End && mention.Start < end)
            {
                if (mention is QuantityMention) return subject; // "32 allies": the counted words name the subject
                continue;
            }
            var (from, to) = end <= mention.Start ? (end, mention.Start) : (mention.End, start);
            var gap = text.AsSpan(from, to - from);
            if (gap.Length > reach) continue;
            var score = gap.Length;
            var clauseBreak = gap.IndexOfAny(";:—–") >= 0 || gap.Contains(" - ", StringComparison.Ordinal);
            if (clauseBreak) score += ClauseBreakPenalty;
            score += CommaPenalty * gap.Count(',');
            if (mention is DateMention or PercentageMention or DurationMention && (clauseBreak || gap.Contains(',') || OtherBetween(all, index, from, to))) continue;
            if (score < bestScore) (best, bestScore) = (subject, score);
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

    /// <summary>"100 milliards de dollars (79,5 milliards de livres) sur cinq ans": a duration a few words after an amount, in its clause.</summary>
    private static bool Follows(Mention amount, Mention duration)
    {
        var end = amount is MoneyMention { Restatement: { } restated } ? Math.Max(amount.End, restated.End) : amount.End;
        if (end > duration.Start || duration.Start - end > AmountToDuration) return false;
        var gap = amount.Sentence.Text.AsSpan(end, duration.Start - end);
        return gap.IndexOfAny(";:—–") < 0;
    }
}
