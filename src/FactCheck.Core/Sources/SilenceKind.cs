namespace FactCheck.Sources;

/// <summary>What a <c>&lt;!-- factcheck-… --&gt;</c> comment asks for.</summary>
public enum SilenceKind
{
    /// <summary><c>factcheck-disable [RULE…]</c>: the rules (all when none is named) ignore claims from here on.</summary>
    Disable,
    /// <summary><c>factcheck-enable [RULE…]</c>: the rules (all when none is named) see claims again from here on.</summary>
    Enable,
    /// <summary><c>factcheck-ignore-next-line [RULE…]</c>: the rules ignore claims that start on the line after the comment.</summary>
    IgnoreNextLine,
}
