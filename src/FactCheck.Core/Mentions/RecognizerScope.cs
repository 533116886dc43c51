namespace FactCheck.Mentions;

/// <summary>Where the recognizer runs: only where FactCheck's own rules leave a currency word unexplained, or on every sentence.</summary>
public enum RecognizerScope
{
    /// <summary>The fast path: sentences with a figure and a currency word that the own rules did not read.</summary>
    Unexplained,
    /// <summary>Every sentence, as a naive checker would: for benchmarks and for tests that prove the fast path loses nothing.</summary>
    Everywhere,
}
