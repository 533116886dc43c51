namespace FactCheck.Tests.DevSet;

/// <summary>What a figure says: the value a careful reader gives it, or the value <c>factcheck extract</c> read.</summary>
internal abstract record Reading
{
    /// <summary>The reading in a few words, for the scorer's listings ("40000000 CAD exact", "1987-03-04 day").</summary>
    public abstract string Describe();
}
