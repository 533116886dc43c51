using FactCheck.Languages;

namespace FactCheck.Sources;

/// <summary>
/// Tells a text's language by counting very common function words of each pack (its <c>detection</c> list). Enough for
/// news text; a declared language wins. A tie goes to the pack listed first.
/// </summary>
internal static class LanguageDetector
{
    private static readonly char[] Separators = [' ', '\n', ',', '.', '’', '\'', '(', ')', '"', '«', '»'];

    /// <summary>The pack whose function words the first few thousand characters of prose hold most.</summary>
    public static LanguagePack Detect(IEnumerable<ProseBlock> blocks, LanguagePacks languages)
    {
        var sets = languages.All.Select(p => p.Set("detection")).ToArray();
        var counts = new int[sets.Length];
        var seen = 0;
        foreach (var block in blocks)
        {
            foreach (var word in block.Text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
                for (var i = 0; i < counts.Length; i++)
                    if (sets[i].Contains(word)) counts[i]++;
            seen += block.Text.Length;
            if (seen > 4000) break;
        }
        var best = 0;
        for (var i = 1; i < counts.Length; i++)
            if (counts[i] > counts[best]) best = i;
        return languages.All[best];
    }
}
