namespace FactCheck.Kinds.Attribution;

/// <summary>
/// A statement found in a block before it becomes a mention: offsets into the block's prose. <see cref="Continues"/> is the
/// start of the draft whose speaker a bare quotation shares, -2 for the last quotation of the paragraph before, or -1 for
/// none; <see cref="Quoted"/> is true for a quotation.
/// </summary>
internal sealed record AttributionDraft(int Start, int End, int QuoteStart, int QuoteEnd, bool Reported, SpeakerPhrase? Speaker, bool Quoted)
{
    public int Continues { get; init; } = -1;

    /// <summary>True when the source says the speaker did not say it ("never said", "wrongly attributed to").</summary>
    public bool Denied { get; init; }

    /// <summary>True for a denial with no words of its own ("X never said it"): it speaks of the source's last quotation.</summary>
    public bool AboutEarlier { get; init; }

    /// <summary>Where the draft's words, its speaker's included, start and end in the block.</summary>
    public (int From, int To) Extent => Speaker is { } s ? (Math.Min(Start, s.Start), Math.Max(End, s.End)) : (Start, End);
}
