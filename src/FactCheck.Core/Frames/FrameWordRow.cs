namespace FactCheck.Frames;

/// <summary>
/// The <see cref="FrameWord"/>s of one sentence: the first <see cref="Length"/> of a buffer its reading keeps and passes on to
/// a later sentence's reading once it is done with (<see cref="SentenceReading.Of"/>). An array a sentence was the frames
/// stage's largest allocation. The names' reader takes them as they are (<see cref="Analysis.IWordParts"/>).
/// </summary>
internal readonly struct FrameWordRow(FrameWord[] items, int length) : Analysis.IWordParts
{
    /// <summary>How many words the sentence has.</summary>
    public int Length => length;

    /// <summary>Word <paramref name="index"/>; past <see cref="Length"/> it throws, as an exact array would.</summary>
    public ref readonly FrameWord this[int index] => ref Span[index];

    /// <summary>The words, in order.</summary>
    public ReadOnlySpan<FrameWord> Span => new(items, 0, length);

    public ReadOnlySpan<FrameWord>.Enumerator GetEnumerator() => Span.GetEnumerator();

    int Analysis.IWordParts.Count => length;

    int Analysis.IWordParts.StartOf(int index) => items[index].Start;

    int Analysis.IWordParts.EndOf(int index) => items[index].End;

    Analysis.TextAnalyzer.Entry? Analysis.IWordParts.EntryOf(int index) => items[index].Entry;
}
