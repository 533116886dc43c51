using FactCheck.Mentions;

namespace FactCheck.Kinds.Money;

/// <summary>
/// A number the money scanner read in a sentence, money or not yet known: its value with the scale applied, the currency
/// word written with it (null for a bare "4.1 billion"), and what follows it, which decides whether a bare figure is money
/// (<see cref="SentenceCurrencies"/>). <c>[Start, End)</c> is relative to the sentence. A value, kept in the scanner's
/// reused list: every figure of every sentence is one, and most sentences hold no money, so the objects were made to be
/// dropped (18 of the scanner's 22 MB over the bench corpus, allocation ticks of e76d391).
/// </summary>
internal readonly record struct MoneyFigure(int Start, int End, decimal Low, decimal High, decimal Unit, decimal Scale, int Decimals, Qualifier Qualifier)
{
    /// <summary>The currency written with the figure, before or after it; null for a bare figure.</summary>
    public CurrencyWord? Word { get; init; }

    /// <summary>Its currency word is mostly another word ("20 livres"): money only beside other money in the sentence.</summary>
    public bool Weak { get; init; }

    /// <summary>The currency was written before the figure ("$5", "EUR 100").</summary>
    public bool WordBefore { get; init; }

    /// <summary>What the words right after the figure make of it.</summary>
    public FigureFollower Follower { get; init; }

    /// <summary>"a share", "per barrel", "le litre": what a price is for; null for a total.</summary>
    public string? Per { get; init; }

    /// <summary>A bare figure with no currency that still reads as an amount ("un fonds de 100 milliards semble").</summary>
    public bool BareAmount { get; init; }

    /// <summary>
    /// The window behind the figure (start and length in the sentence) whose end may hold its hedge, while its hedge and the
    /// words after it are still unread; null once read.
    /// </summary>
    public (int From, int Length)? HedgeWindow { get; init; }

    /// <summary>Four digits that may be a year ("in 1986", "en 2016"): never money without a currency of its own.</summary>
    public bool YearLike { get; init; }
}

/// <summary>What the words right after a figure say about it.</summary>
internal enum FigureFollower
{
    /// <summary>Nothing about its kind: punctuation, the end, a function word, a participle ("4.1 billion in 1986", "3 billion exported").</summary>
    Neutral,
    /// <summary>A word of money ("a 756 mln loss", "a 1.9 mln profit").</summary>
    MoneyNoun,
    /// <summary>Another figure joined to it ("1,000 and 10,000 Australian dlrs", "10, 20 et 50 centimes").</summary>
    Joined,
    /// <summary>A noun it counts ("120 mln shares", "18 mln bushels"): not money.</summary>
    Counted,
}
