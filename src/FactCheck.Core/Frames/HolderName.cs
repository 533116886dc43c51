using FactCheck.Analysis;

namespace FactCheck.Frames;

/// <summary>
/// A name of a sentence as holder reading sees it for any claim of the sentence (<see cref="HolderReader"/>): never a holder
/// (<see cref="Never"/>: a lone word opening the sentence, a word of <c>not-holders</c>, inside a date), inside a place of
/// the sentence (<see cref="InPlace"/>, then its key is the place's), its key and display in the source, and whether it
/// gives the sentence's figures rather than holds them (<see cref="Gives"/>).
/// </summary>
internal readonly record struct HolderName(NameSpan Name, bool Never, bool InPlace, string Key, string Display, bool Gives);
