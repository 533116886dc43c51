namespace FactCheck.Inputs;

/// <summary>How a source takes part in a check: a reference to compare against, or a draft being checked.</summary>
public enum SourceRole
{
    /// <summary>A published or trusted source.</summary>
    Reference,
    /// <summary>A text being written, checked against the references.</summary>
    Draft,
}
