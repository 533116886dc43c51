namespace FactCheck.Mentions;

/// <summary>
/// Whether mentions already read cover a place or overlap a stretch of a sentence: every kind asks it for each figure or
/// word it tries, so it loops by index instead of allocating a closure or an enumerator per question.
/// </summary>
internal static class MentionSpans
{
    /// <summary>True when one of <paramref name="mentions"/> covers offset <paramref name="at"/>.</summary>
    public static bool Cover(IReadOnlyList<Mention> mentions, int at)
    {
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Start <= at && at < mentions[i].End) return true;
        return false;
    }

    /// <summary>True when one of <paramref name="mentions"/> overlaps <c>[start, end)</c>.</summary>
    public static bool Overlap(IReadOnlyList<Mention> mentions, int start, int end)
    {
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Start < end && start < mentions[i].End) return true;
        return false;
    }
}
