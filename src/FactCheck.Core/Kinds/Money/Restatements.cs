using FactCheck.Mentions;

namespace FactCheck.Kinds.Money;

/// <summary>A figure and its conversion in brackets, read as one mention (<see cref="MoneyMention.Restatement"/>).</summary>
internal static class Restatements
{
    /// <summary>"$100bn (£79.5bn)": a bracketed figure in another currency restates the one before it: one claim stated two ways.</summary>
    public static List<MoneyMention> Merge(List<MoneyMention> mentions, string text)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (first, second) = (mentions[i], mentions[i + 1]);
            if (second.Start < first.End) continue;
            var between = text.AsSpan(first.End, second.Start - first.End).Trim();
            var after = text.AsSpan(second.End).TrimStart();
            if (between is "(" && after.StartsWith(")") && second.Currency is not null && first.Currency is not null && second.Currency != first.Currency)
            {
                // "up to $5bn (£2.7bn)": the conversion says what the figure says.
                var restated = second.Qualifier == Qualifier.Exact ? second with { Qualifier = first.Qualifier } : second;
                mentions[i] = first with { Restatement = restated };
                mentions.RemoveAt(i + 1);
            }
        }
        return mentions;
    }
}
