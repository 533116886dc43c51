using System.Collections.Immutable;

namespace FactCheck.Analysis;

/// <summary>
/// A capitalised sequence of a sentence, a candidate named entity ("Karl Lagerfeld", "Lac-Mégantic", "Bank of England"):
/// <c>[Start, End)</c> in the sentence, <see cref="Key"/> its folded form ("lac megantic"), <see cref="Words"/> its name
/// words as written, without joiners ("Lac", "Mégantic"; "Bank", "England"). <see cref="AtSentenceStart"/>: the sequence
/// opens the sentence, where any word is capitalised, so a single word there is a name only if the text also capitalises
/// it elsewhere (a word with a capital inside, "WhatsApp", "OTAN", never counts as at the start).
/// </summary>
public sealed record EntityName(int Start, int End, string Text, string Key, ImmutableArray<string> Words, bool AtSentenceStart);
