namespace FactCheck.Analysis;

/// <summary>
/// A content word of a text: <c>[Start, End)</c> in the text, <see cref="Word"/> in lower case, and its <see cref="Key"/>,
/// the folded stem two texts match on ("Passagers" and "passager" both give "passag"). Both strings are shared by every
/// occurrence of the word. A struct: a source gives thousands, read once and dropped.
/// </summary>
public readonly record struct Term(int Start, int End, string Word, string Key)
{
    /// <summary>
    /// <see cref="Key"/>'s <see cref="string.GetHashCode()"/>, made once for the word: the story profile counts terms by
    /// key, and hashed the key's characters again at each occurrence.
    /// </summary>
    public int KeyHash { get; init; }
}
