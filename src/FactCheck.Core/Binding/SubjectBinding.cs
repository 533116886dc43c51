using FactCheck.Mentions;

namespace FactCheck.Binding;

/// <summary>
/// How the figures of one kind bind to the subject words of their sentence (<see cref="SubjectBinder"/>): the attribute
/// they state, how far the word may stand, and which figures bind at all. A kind gives its own when it registers.
/// </summary>
/// <param name="Attribute">The attribute a figure states about its subject: "amount" for money, "count" for a count.</param>
public sealed record SubjectBinding(string Attribute)
{
    /// <summary>How many characters may stand between the figure and the word; null for anywhere in the sentence.</summary>
    public Func<Mention, int?> Reach { get; init; } = _ => null;

    /// <summary>Only a word in the figure's clause binds it: no comma, clause break or other figure of its kind between them.</summary>
    public bool InClause { get; init; }

    /// <summary>Which figures bind at all ("two countries signed" counts no group; "rose 2%" is no rate).</summary>
    public Func<Mention, bool> Binds { get; init; } = _ => true;

    /// <summary>A subject word inside the figure's own words names its subject ("32 allies").</summary>
    public bool NamedInside { get; init; }

    /// <summary>A figure of this kind takes the subject of an amount just before it ("100 milliards de dollars sur cinq ans").</summary>
    public bool FollowsAmount { get; init; }

    /// <summary>
    /// Where an amount's words end, for the figures that follow one (<see cref="FollowsAmount"/>); null when the kind is not
    /// an amount. Money gives the end of its bracketed restatement ("$100bn (£79.5bn) over five years").
    /// </summary>
    public Func<Mention, int>? AmountEnd { get; init; }

    /// <summary>A subject whose words must follow the figure (<c>after: true</c>, "2% of GDP") takes it only then.</summary>
    public bool HonoursAfter { get; init; }
}
