namespace FactCheck.Mentions;

/// <summary>How a figure is hedged: "about 100", "more than 100", "up to 100".</summary>
public enum Qualifier
{
    /// <summary>No hedge: the figure as stated, to its precision.</summary>
    Exact,
    /// <summary>about, around, some, roughly; environ, quelque.</summary>
    About,
    /// <summary>nearly, almost; près de, presque: at most the figure, a little under.</summary>
    Nearly,
    /// <summary>more than, over; plus de.</summary>
    MoreThan,
    /// <summary>at least; au moins.</summary>
    AtLeast,
    /// <summary>less than, under; moins de.</summary>
    LessThan,
    /// <summary>at most; au plus.</summary>
    AtMost,
    /// <summary>up to, as much as; jusqu'à.</summary>
    UpTo,
}
