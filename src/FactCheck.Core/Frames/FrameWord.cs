using FactCheck.Analysis;

namespace FactCheck.Frames;

/// <summary>
/// A word of a sentence as frames read it: <c>[Start, End)</c> in the sentence, <see cref="Lower"/> in lower case with a
/// straight apostrophe ("d'" for an elision), <see cref="Key"/> its folded Snowball stem ("tu" for "tués", "#" for a
/// number), <see cref="Stop"/> for a function word, <see cref="Capital"/> when it is written with a capital.
/// </summary>
internal readonly record struct FrameWord(int Start, int End, string Lower, string Key, bool Stop, bool Capital)
{
    /// <summary>What the analyzer knows of the word, when it was asked (not for a number, an elision or a clitic).</summary>
    public TextAnalyzer.Entry? Entry { get; init; }
}
