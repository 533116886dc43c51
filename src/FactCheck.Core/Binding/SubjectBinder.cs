using System.Collections.Immutable;
using FactCheck.Mentions;

namespace FactCheck.Binding;

/// <summary>
/// Binds each mention to the subject word nearest to it in its sentence that takes its kind ("a 100 billion euro fund",
/// "le fonds de 100 milliards", "the Washington summit in July", "2% of GDP"). A subject across a clause break (";", ":",
/// a dash) counts as farther away than any in the same clause, and the nearer side wins: "the loan, unlike the €5bn fund"
/// binds €5bn to the fund. A count binds to what it counts, the words right after it ("32 allies"); a date only to an event
/// a few words away in its clause, with no other date between: a year in a long sentence is rarely the date of the
/// event named at its other end.
/// </summary>
public sealed class SubjectBinder(SubjectLexicon lexicon) : IClaimBinder
{
    /// <summary>A binder with the shipped lexicon.</summary>
    public static readonly SubjectBinder Default = new(SubjectLexicon.Default);

    private const int ClauseBreakPenalty = 1000;
    private const int CommaPenalty = 20;
    private const int DateReach = 50;
    private const int PercentageReach = 60;
    private const int CountReach = 40;

    /// <inheritdoc/>
    public IReadOnlySet<MentionKind> Kinds { get; } = new HashSet<MentionKind>
        { MentionKind.Money, MentionKind.Quantity, MentionKind.Percentage, MentionKind.Date, MentionKind.Duration };

    /// <summary>A claim per mention, bound where a subject word is found, in the mentions' order.</summary>
    public ImmutableArray<Claim> Bind(ImmutableArray<Mention> mentions)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>(mentions.Length);
        List<(int Start, int End, string Subject)>? subjects = null;
        Sentences.Sentence? current = null;
        for (var i = 0; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            if (!ReferenceEquals(mention.Sentence, current))
            {
                current = mention.Sentence;
                subjects = [.. lexicon.Find(current.Text)];
            }
            var subject = Nearest(mention, subjects!.Where(s => lexicon.Takes(s.Subject, mention.Kind)), mentions, i);
            claims.Add(new Claim(mention, subject, subject is null ? null : AttributeOf(mention.Kind)));
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
            if (mention is DateMention && (clauseBreak || gap.Contains(',') || OtherDateBetween(all, index, from, to))) continue;
            if (score < bestScore) (best, bestScore) = (subject, score);
        }
        return best;
    }

    private static bool OtherDateBetween(ImmutableArray<Mention> all, int index, int from, int to)
    {
        var sentence = all[index].Sentence;
        for (var i = Math.Max(0, index - 5); i < Math.Min(all.Length, index + 6); i++)
            if (i != index && all[i] is DateMention other && ReferenceEquals(other.Sentence, sentence) && other.Start >= from && other.End <= to) return true;
        return false;
    }
}
