namespace FactCheck.Configuration;

/// <summary>What a subject's attribute holds; the names are the report's claim <c>kind</c> values.</summary>
public enum AttributeKind
{
    /// <summary>An amount of money.</summary>
    Money,
    /// <summary>A count of something ("32 allies").</summary>
    Quantity,
    /// <summary>A share ("2% of GDP").</summary>
    Percentage,
    /// <summary>When something happens.</summary>
    Date,
    /// <summary>How long something lasts ("over five years").</summary>
    Duration,
    /// <summary>Where something is or happens.</summary>
    Place,
    /// <summary>Who said something.</summary>
    Attribution,
}
