namespace FactCheck.Frames;

/// <summary>
/// A phrase of the language pack as the words it may start at list it: its <see cref="Keys"/> (stems or words as written),
/// the table it is from and its value, with its length and its second key's <see cref="Signature"/> kept beside them. Most
/// phrases tried at a word fail on their second word; told from the phrase's own fields, that needs neither its array of
/// keys nor its second key's string, two objects apart in memory that each waited on it (perf, AOT, bench corpus: the two
/// loads were two thirds of <see cref="FrameLexicon"/>'s matching, 0.6 % of a check).
/// </summary>
internal readonly record struct FramePhrase(string[] Keys, FrameTable Table, string Value)
{
    /// <summary>How many words the phrase has.</summary>
    public int Length { get; } = Keys.Length;

    /// <summary>The <see cref="Signature"/> of the phrase's second key (0 for a phrase of one word).</summary>
    public long Second { get; } = Keys.Length > 1 ? Signature(Keys[1]) : 0;

    /// <summary>
    /// A word's length and three of its characters in one number: two words of different signatures differ, so a phrase
    /// whose second key's signature is not the word's is passed over without comparing the strings.
    /// </summary>
    public static long Signature(string? word) =>
        word is not { Length: > 0 } ? 0 : (long)word.Length | (long)word[0] << 16 | (long)word[word.Length / 2] << 32 | (long)word[^1] << 48;
}
