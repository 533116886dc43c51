namespace FactCheck.Analysis;

/// <summary>
/// The words of a sentence as another reader already split them: <see cref="WordTokens"/>' words cut at each of their
/// apostrophes and hyphens, in order, each with what the analyzer knows of it when that reader asked (null when it did
/// not). The names' reader takes them (<see cref="EntityReader.ReadParts{TParts}"/>) instead of splitting the sentence and
/// looking its capitalised words up again: for the frames' holders that was most of reading a sentence's names.
/// </summary>
internal interface IWordParts
{
    /// <summary>How many parts the sentence has.</summary>
    int Count { get; }

    /// <summary>Where part <paramref name="index"/> starts in the sentence.</summary>
    int StartOf(int index);

    /// <summary>Where part <paramref name="index"/> ends in the sentence.</summary>
    int EndOf(int index);

    /// <summary>What the analyzer knows of part <paramref name="index"/>, or null when it was not asked.</summary>
    TextAnalyzer.Entry? EntryOf(int index);
}
