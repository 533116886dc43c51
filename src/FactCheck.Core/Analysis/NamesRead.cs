namespace FactCheck.Analysis;

/// <summary>
/// The candidate names of one or more sentences as <see cref="EntityReader"/> reads them, without an <see cref="EntityName"/>
/// each: where each is in its sentence, its key's characters in one buffer, its words as offsets with what the analyzer
/// knows of each. The story profile counts a name by its key and keeps a spelling only for a name the source has not
/// counted yet; an <see cref="EntityName"/> a name (its text, its key and an array of its words' strings) was three to five
/// objects, a quarter of the names' reading in a check of the bench corpus (perf, AOT). Reused: <see cref="Clear"/> keeps
/// the room, up to a size.
/// </summary>
internal sealed class NamesRead
{
    // Past this many characters of keys the buffer is let go at the next clear: a huge table's names would hold it.
    private const int LongestKept = 16_384;
    private char[] keys = new char[512];
    private int keysUsed;

    /// <summary>The names read, in reading order.</summary>
    public List<NameSpan> Names { get; } = [];

    /// <summary>The names read, as a span: the frames' readers walk a sentence's names for every claim of it.</summary>
    public ReadOnlySpan<NameSpan> All => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Names);

    /// <summary>The words of every name, each name's from its <see cref="NameSpan.FirstWord"/> on.</summary>
    public List<NameWordSpan> Words { get; } = [];

    /// <summary>Forgets every name.</summary>
    public void Clear()
    {
        Names.Clear();
        Words.Clear();
        if (keys.Length > LongestKept) keys = new char[512];
        keysUsed = 0;
        if (Words.Capacity > LongestKept) Words.Capacity = 0;
        if (Names.Capacity > LongestKept) Names.Capacity = 0;
    }

    /// <summary>The key of <paramref name="name"/> ("lac megantic").</summary>
    public ReadOnlySpan<char> KeyOf(NameSpan name) => keys.AsSpan(name.KeyStart, name.KeyLength);

    /// <summary>The words of <paramref name="name"/>.</summary>
    public ReadOnlySpan<NameWordSpan> WordsOf(NameSpan name) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Words).Slice(name.FirstWord, name.WordCount);

    /// <summary>Room for a key of <paramref name="length"/> characters, kept by <see cref="Add"/>.</summary>
    public Span<char> KeyRoom(int length)
    {
        if (keys.Length - keysUsed < length) Array.Resize(ref keys, Math.Max(2 * keys.Length, keysUsed + length));
        return keys.AsSpan(keysUsed, length);
    }

    /// <summary>
    /// Adds a name of <c>[start, end)</c> whose key's <paramref name="keyLength"/> characters were written into
    /// <see cref="KeyRoom"/>, and whose words are those added to <see cref="Words"/> since <paramref name="firstWord"/>.
    /// </summary>
    public void Add(int start, int end, int keyLength, int firstWord, bool atSentenceStart)
    {
        Names.Add(new NameSpan(start, end, keysUsed, keyLength, firstWord, Words.Count - firstWord, atSentenceStart));
        keysUsed += keyLength;
    }
}

/// <summary>
/// A name of <see cref="NamesRead"/>: <c>[Start, End)</c> in its sentence, its key at <see cref="KeyStart"/> of the keys'
/// buffer, its words from <see cref="FirstWord"/> (see <see cref="EntityName"/> for what each means).
/// </summary>
internal readonly record struct NameSpan(int Start, int End, int KeyStart, int KeyLength, int FirstWord, int WordCount, bool AtSentenceStart);

/// <summary>
/// A word of a name: <c>[Start, End)</c> in its sentence, and what the analyzer knows of it (null for a word too long to be
/// one), asked once when the name was read.
/// </summary>
internal readonly record struct NameWordSpan(int Start, int End, TextAnalyzer.Entry? Facts);
