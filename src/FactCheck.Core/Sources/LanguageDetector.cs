using System.Collections.Frozen;

namespace FactCheck.Sources;

/// <summary>Tells English from French by counting very common function words. Enough for news text; a declared language wins.</summary>
internal static class LanguageDetector
{
    private static readonly FrozenSet<string> English = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "and", "of", "to", "is", "was", "in", "that", "for", "with", "it", "on", "are", "has", "have", "said", "will", "by");
    private static readonly FrozenSet<string> French = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour", "que", "qui", "au", "aux", "sur", "pas", "sont", "ont", "avec");

    /// <summary>"en" or "fr" for the first few thousand characters of prose.</summary>
    public static string Detect(IEnumerable<ProseBlock> blocks)
    {
        int en = 0, fr = 0, seen = 0;
        foreach (var block in blocks)
        {
            foreach (var word in block.Text.Split([' ', '\n', ',', '.', '’', '\'', '(', ')', '"', '«', '»'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (English.Contains(word)) en++;
                if (French.Contains(word)) fr++;
            }
            seen += block.Text.Length;
            if (seen > 4000) break;
        }
        return fr > en ? "fr" : "en";
    }
}
