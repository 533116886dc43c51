namespace FactCheck.LanguageServer.Tests;

/// <summary>Short dated articles about one grid fund, and where their figures stand (0-based line, UTF-16 column).</summary>
internal static class Articles
{
    private const string Head = "---\ndate: 2024-03-12\n---\n\n";

    /// <summary>A reference: the fund holds €25bn; "€25bn" on line 4 at columns 20-25.</summary>
    public const string Reference = Head + "The grid fund holds €25bn, officials said.\n";

    /// <summary>A draft giving €20bn, against the reference; "€20bn" on line 4 at columns 19-24.</summary>
    public const string Disagreeing = Head + "Ministers agreed a €20bn grid fund on Tuesday.\n";

    /// <summary>The draft edited to agree with the reference.</summary>
    public const string Agreeing = Head + "Ministers agreed a €25bn grid fund on Tuesday.\n";

    /// <summary>The draft giving the fund in dollars, $27bn: about €24.9bn at the 2024 rate, so it agrees.</summary>
    public const string InDollars = Head + "Ministers agreed a $27bn grid fund on Tuesday.\n";
}
