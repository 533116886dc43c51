namespace FactCheck.Comparison;

/// <summary>One comparison rule: reads the claims it understands in one story and reports what does not agree.</summary>
public interface IComparisonRule
{
    /// <summary>The rule's stable id ("figure-conflict").</summary>
    string Id { get; }

    /// <summary>
    /// The findings in one story: among the facts alignment found (<see cref="Alignment.StoryClaims.Facts"/>), or, for a
    /// rule that matches claims itself, among all the story's claims (<see cref="Alignment.StoryClaims.Claims"/>).
    /// </summary>
    IEnumerable<Finding> Compare(Alignment.StoryClaims story);
}
