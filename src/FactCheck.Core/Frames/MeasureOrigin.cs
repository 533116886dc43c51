namespace FactCheck.Frames;

/// <summary>Where a claim's measure was read.</summary>
public enum MeasureOrigin
{
    /// <summary>A subject word of the lexicon or of factcheck.yml ("fund", "summit").</summary>
    Subject,
    /// <summary>The noun a count counts ("32 allies", "157 morts").</summary>
    Counted,
    /// <summary>The noun the figure complements ("$15bn in damage", "un salaire de", "56% des voix").</summary>
    Noun,
    /// <summary>The event the figure, date or place is of ("killed", "born in", "sold for", "est mort").</summary>
    Predicate,
}
