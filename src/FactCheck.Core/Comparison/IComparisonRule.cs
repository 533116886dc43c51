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

    /// <summary>
    /// True when the rule may find something in <paramref name="sentence"/> of a source that is alone in its story. Most
    /// rules compare sources and never do; a check reads the claims of such a source only when some rule may.
    /// </summary>
    bool MayFindAlone(Sentences.Sentence sentence) => false;
}
