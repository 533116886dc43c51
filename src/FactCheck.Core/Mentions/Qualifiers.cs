using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FactCheck.Languages;

namespace FactCheck.Mentions;

/// <summary>
/// The hedging words of a language written before a figure ("about", "près de", "more than"), from its pack's
/// <c>hedges</c>, and what each one means. Built once per pack.
/// </summary>
internal sealed partial class Qualifiers
{
    private readonly FrozenDictionary<string, Qualifier> meanings;

    private Qualifiers(LanguagePack language)
    {
        meanings = language.Map("hedges", Meaning, "a hedge's meaning (about, nearly, more-than, at-least, less-than, at-most, up-to)");
        Pattern = language.Alternation("hedges");
        // WordsBehind runs it only after a hedge's last letters. Never RegexOptions.Compiled (compiling the long alternation cost
        // about half a second of JIT per language, more than all its matches over the bench corpus): source-generated for the
        // shipped packs (PackRegexes), interpreted for a user's.
        Behind = new WordsBehind(PackRegexes.Get(language, $@"(?<![\p{{L}}])(?<qual>{Pattern})[\s\u00A0\u202F]*$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft),
            language.Words("hedges"), skipsHyphens: false);
    }

    /// <summary>The hedges of <paramref name="language"/>.</summary>
    public static Qualifiers Of(LanguagePack language) => memoOfThread.Of(language, static l => new Qualifiers(l));

    /// <summary>The thread's last answer of <see cref="Of"/>: asked at every sentence (see <see cref="PackMemo{T}"/>).</summary>
    [ThreadStatic]
    private static PackMemo<Qualifiers> memoOfThread;

    /// <summary>The regex alternation of the hedges.</summary>
    public string Pattern { get; }

    /// <summary>A hedge at the end of a window, not inside a longer word (group <c>qual</c>); run right to left.</summary>
    public WordsBehind Behind { get; }

    [GeneratedRegex(@"[\s\u00A0\u202F]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    /// <summary>The meaning of a matched hedge ("plus d’", "près de", "about").</summary>
    public Qualifier Parse(string written)
    {
        var key = written.Replace('’', '\'');
        // Called for every hedge read; most are written with one plain space between words, which the regex would keep.
        if (!HasOnePlainSpaceBetweenWords(key)) key = Spaces().Replace(key, " ");
        return meanings.GetValueOrDefault(key.Trim(), Qualifier.Exact);
    }

    private static bool HasOnePlainSpaceBetweenWords(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i > 0 && text[i - 1] == ' '))) return false;
        return true;
    }

    private static Qualifier? Meaning(string name) => name switch
    {
        "about" => Qualifier.About,
        "nearly" => Qualifier.Nearly,
        "more-than" => Qualifier.MoreThan,
        "at-least" => Qualifier.AtLeast,
        "less-than" => Qualifier.LessThan,
        "at-most" => Qualifier.AtMost,
        "up-to" => Qualifier.UpTo,
        _ => null,
    };
}
