using System.Collections.Immutable;
using System.Runtime.InteropServices;
using FactCheck.Analysis;
using FactCheck.Sentences;

namespace FactCheck.Frames;

/// <summary>
/// What frames read of one sentence, once for all its claims: its words, the pack phrases in it, its names, and where its
/// clauses break (";", ":", brackets, dashes). Names are read only when a claim asks for them.
/// A reading lives while its sentence's claims are framed and the few sentences after it look back at its names; then its
/// object, word buffer and hit list read a later sentence (<see cref="Release"/>): one of each a sentence was a third of
/// what the frames stage allocated.
/// </summary>
internal sealed class SentenceReading
{
    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(";:()[]—–");

    /// <summary>A thread frames one source at a time and holds at most <see cref="NamedInstance.LookBack"/> readings and the current one.</summary>
    private const int MostSpare = 2 * NamedInstance.LookBack;

    /// <summary>Past this many words a buffer is not kept: a sentence of a huge table would hold on to it.</summary>
    private const int LongestKept = 4096;

    [ThreadStatic]
    private static Stack<SentenceReading>? spare;

    /// <summary>The sentence's names once read (<see cref="Names"/>), kept with the reading for a later sentence's.</summary>
    private readonly NamesRead names = new();
    private bool namesRead;
    private FrameWord[] buffer = [];

    // Read of the sentence as a whole, the same for each of its claims: read by the first that asks.
    private (bool Read, string? Value) round;
    private int? opening;

    private SentenceReading() { }

    /// <summary>The reading of <paramref name="sentence"/>, in a reading the thread released when it has one.</summary>
    public static SentenceReading Of(Sentence sentence, FrameLexicon lexicon)
    {
        var reading = spare is { Count: > 0 } kept ? kept.Pop() : new SentenceReading();
        reading.Sentence = sentence;
        reading.Text = sentence.Text;
        reading.Lexicon = lexicon;
        (reading.round, reading.opening, reading.lastClauseOf, reading.breaksRead) = (default, null, (-1, -1), false);
        reading.Words = FrameWords.Of(reading.Text, lexicon.Analyzer, ref reading.buffer);
        lexicon.Hits(reading.Words, reading.Text, reading.hits);
        NameWords.RemoveNamed(reading.hits, reading.Words, reading.Text);
        return reading;
    }

    /// <summary>Gives <paramref name="reading"/> back to the thread once nothing reads it any more.</summary>
    public static void Release(SentenceReading reading)
    {
        // Its sentence, names and holders go now: a kept reading must not keep its source alive.
        (reading.Sentence, reading.Text, reading.namesRead, reading.HolderNames) = (null!, null!, false, null);
        reading.names.Clear();
        reading.hits.Clear();
        spare ??= new Stack<SentenceReading>(MostSpare);
        if (reading.buffer.Length <= LongestKept && reading.hits.Capacity <= LongestKept && reading.breaks.Capacity <= LongestKept
            && reading.dashes.Capacity <= LongestKept && spare.Count < MostSpare) spare.Push(reading);
    }

    public Sentence Sentence { get; private set; } = null!;

    public string Text { get; private set; } = null!;

    public FrameLexicon Lexicon { get; private set; } = null!;

    public FrameWordRow Words { get; private set; }

    /// <summary>
    /// The pack phrases of the sentence, in order, as a span of the reading's list: the readers walk them a dozen times a
    /// claim, and a list's enumerator checked its version at every step (0.3 % of a check's samples, perf, AOT).
    /// </summary>
    public ReadOnlySpan<FrameHit> Hits => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(hits);

    private readonly List<FrameHit> hits = [];

    /// <summary>The names as holder reading takes them, read by the first claim of the sentence that asks (<see cref="HolderReader"/>).</summary>
    public HolderName[]? HolderNames { get; set; }

    /// <summary>The round the sentence names ("second tour"; <see cref="ScopeReader.Round"/>).</summary>
    public string? Round => (round.Read ? round : round = (true, ScopeReader.Round(this))).Value;

    /// <summary>Where an opening "according to …," ends (<see cref="StatusReader.OpeningSource"/>).</summary>
    public int Opening => opening ??= StatusReader.OpeningSource(this);

    /// <summary>
    /// The capitalised names of the sentence ("Karl Lagerfeld", "WhatsApp"), as offsets and keys, read from the sentence's
    /// words (<see cref="EntityReader.ReadParts{TParts}"/>). An <see cref="EntityName"/> a name, with its strings and its
    /// array of words, was the frames stage's largest allocation (21.7 MB of 1,708 over the bench corpus, JIT, allocation
    /// ticks); strings are made only for the names a holder keeps.
    /// </summary>
    public NamesRead Names
    {
        get
        {
            if (!namesRead)
            {
                Lexicon.NameReader.ReadParts(Text, names, Words);
                namesRead = true;
            }
            return names;
        }
    }

    /// <summary>The characters of <paramref name="name"/>, one of <see cref="Names"/>.</summary>
    public ReadOnlySpan<char> TextOf(NameSpan name) => Text.AsSpan(name.Start, name.End - name.Start);

    /// <summary>The characters of a word of a name (<see cref="NamesRead.WordsOf"/>).</summary>
    public ReadOnlySpan<char> TextOf(NameWordSpan word) => Text.AsSpan(word.Start, word.End - word.Start);

    /// <summary>The words <c>[First, End)</c> of a stretch of the sentence given as a range of its characters ("deal" in "a €98m deal").</summary>
    public (int First, int End) WordsOf(Range range)
    {
        var (offset, length) = range.GetOffsetAndLength(Text.Length);
        return (WordAt(offset), WordAt(offset + length));
    }

    /// <summary>Where word <paramref name="index"/> starts; past the last word, the end of the text (a figure of no word, "½ €", may stand there).</summary>
    public int StartOfWord(int index) => index < Words.Length ? Words[index].Start : Text.Length;

    /// <summary>The first word at or after <paramref name="offset"/> (the count of words when none).</summary>
    public int WordAt(int offset)
    {
        // On the words' span, taken once: through the row's indexer each step made and checked a span of its own.
        var words = Words.Span;
        int low = 0, high = words.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (words[middle].End <= offset) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>The clause around <c>[start, end)</c> (see <see cref="Clause"/>).</summary>
    public (int Start, int End) ClauseOf(int start, int end)
    {
        // The holder, measure, scope and status readers each ask for the clause of the claim's mention: the sentence is
        // searched once a claim, not four or five times (0.5 % of the samples of a check of the bench corpus, perf, AOT).
        if (lastClauseOf != (start, end)) (lastClauseOf, lastClause) = ((start, end), ClauseByBreaks(start, end));
        return lastClause;
    }

    /// <summary>
    /// <see cref="Clause"/> from the sentence's breaks, found by the first claim that asks: each claim's clause searched the
    /// sentence back from its figure and on to its end, twice (a break character, a spaced dash), so a sentence of several
    /// figures was read once a figure (0.1–0.3 % of the samples, perf of 08e02fd, AOT, bench corpus). A sentence of one
    /// figure is read once either way.
    /// </summary>
    private (int Start, int End) ClauseByBreaks(int start, int end)
    {
        if (!breaksRead)
        {
            ReadBreaks(Text, breaks, dashes);
            breaksRead = true;
        }
        return ClauseByBreaks(Text, breaks, dashes, start, end);
    }

    /// <summary><see cref="Clause"/> of <paramref name="text"/>, whose <paramref name="breaks"/> and <paramref name="dashes"/> were read (<see cref="ReadBreaks"/>).</summary>
    internal static (int Start, int End) ClauseByBreaks(string text, List<int> breaks, List<int> dashes, int start, int end)
    {
        var (before, dash, after, dashAfter) = (-1, -1, text.Length, text.Length);
        foreach (var b in CollectionsMarshal.AsSpan(breaks))
        {
            if (b < start) before = b;
            if (b >= end)
            {
                after = b;
                break;
            }
        }
        // A dash before the clause lies wholly before its start; one after it starts at or after its end.
        foreach (var d in CollectionsMarshal.AsSpan(dashes))
        {
            if (d + SpacedDash.Length <= start) dash = d;
            if (d >= end)
            {
                dashAfter = d;
                break;
            }
        }
        var from = Math.Max(before + 1, dash < 0 ? 0 : dash + SpacedDash.Length);
        return (from, Math.Max(from, Math.Min(after, dashAfter)));
    }

    /// <summary>
    /// Fills <paramref name="breaks"/> with where <paramref name="text"/>'s break characters stand and <paramref name="dashes"/>
    /// with where its spaced dashes start (overlapping ones too, as a search from any point finds them), in order.
    /// </summary>
    internal static void ReadBreaks(string text, List<int> breaks, List<int> dashes)
    {
        breaks.Clear();
        dashes.Clear();
        for (var at = text.AsSpan().IndexOfAny(Breaks); at >= 0;)
        {
            breaks.Add(at);
            var next = text.AsSpan(at + 1).IndexOfAny(Breaks);
            at = next < 0 ? -1 : at + 1 + next;
        }
        for (var at = text.IndexOf(SpacedDash, StringComparison.Ordinal); at >= 0; at = text.IndexOf(SpacedDash, at + 1, StringComparison.Ordinal)) dashes.Add(at);
    }

    private const string SpacedDash = " - ";

    /// <summary>Where the sentence's break characters and spaced dashes stand, in order (<see cref="ReadBreaks"/>).</summary>
    private readonly List<int> breaks = [], dashes = [];

    private bool breaksRead;

    /// <summary>The characters <see cref="ClauseOf"/> was last asked about, and its answer (forgotten with the sentence: <see cref="Of"/>).</summary>
    private (int Start, int End) lastClauseOf = (-1, -1);

    private (int Start, int End) lastClause;

    /// <summary>The clause of <paramref name="text"/> around <c>[start, end)</c>: from the last break (";", ":", a bracket, a dash) before it to the first after it.</summary>
    public static (int Start, int End) Clause(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).LastIndexOfAny(Breaks);
        var dash = start == 0 ? -1 : text.LastIndexOf(" - ", start - 1, StringComparison.Ordinal);
        var from = Math.Max(before + 1, dash < 0 ? 0 : dash + 3);
        var after = text.AsSpan(end).IndexOfAny(Breaks);
        var dashAfter = text.IndexOf(" - ", end, StringComparison.Ordinal);
        var to = Math.Min(after < 0 ? text.Length : end + after, dashAfter < 0 ? text.Length : dashAfter);
        return (from, Math.Max(from, to));
    }

    /// <summary>True when the words of <paramref name="phrase"/> stand from word <paramref name="at"/> on.</summary>
    public bool PhraseAt(string[] phrase, int at)
    {
        if (at < 0 || at + phrase.Length > Words.Length) return false;
        for (var k = 0; k < phrase.Length; k++)
            if (Words[at + k].Lower != phrase[k]) return false;
        return true;
    }

    /// <summary>True when one of <paramref name="phrases"/> starts somewhere in words <c>[from, to)</c>.</summary>
    public bool AnyPhraseIn(ImmutableArray<string[]> phrases, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to; i++)
            foreach (var phrase in phrases)
                if (i + phrase.Length <= to && PhraseAt(phrase, i)) return true;
        return false;
    }

    /// <summary>True when a comma stands between the two offsets.</summary>
    public bool CommaBetween(int from, int to) => from < to && Text.AsSpan(from, to - from).Contains(',');
}
