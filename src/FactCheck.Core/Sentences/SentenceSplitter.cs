using System.Buffers;
using System.Collections.Immutable;
using FactCheck.Languages;
using FactCheck.Sources;

namespace FactCheck.Sentences;

/// <summary>
/// Splits the prose of a source into sentences whose spans point into the original file. A period after an abbreviation
/// of the source's language ("Dr.", "M.", "U.S.") or an initial does not end a sentence.
/// </summary>
public sealed class SentenceSplitter(Func<LanguagePack, AbbreviationList> abbreviationsOf)
{
    /// <summary>The splitter that reads each source's abbreviations from its language pack.</summary>
    public static readonly SentenceSplitter Default = new(AbbreviationList.Of);

    /// <summary>The sentences of every prose block of <paramref name="source"/>, in reading order.</summary>
    public ImmutableArray<Sentence> Split(SourceDocument source)
    {
        // A builder the thread reuses, copied out at its length: one grown from nothing, by doubling, for every source split
        // (each is split twice when its claims are read) made as many arrays again as the sentences' own.
        var sentences = builderOfThread ?? ImmutableArray.CreateBuilder<Sentence>();
        builderOfThread = null;
        sentences.Clear();
        var abbreviations = abbreviationsOf(source.Language);
        foreach (var block in source.ProseBlocks)
        {
            var text = block.Text;
            var start = SkipSpace(text, 0);
            var longestLine = text.Contains('\n', StringComparison.Ordinal) ? LongestLine(text) : 0;
            var at = 0;
            for (int end; (end = NextEnd(text, ref at, abbreviations, longestLine)) >= 0;)
            {
                if (end <= start) continue;
                Add(sentences, source, block, start, end);
                start = SkipSpace(text, end);
            }
            if (start < text.Length) Add(sentences, source, block, start, text.Length);
        }
        var split = sentences.ToImmutable();
        sentences.Clear();
        if (sentences.Capacity <= MostSentencesKept) builderOfThread = sentences;
        return split;
    }

    // Past this many sentences a thread lets its builder go: a huge source's would be held for the rest of the run.
    private const int MostSentencesKept = 4_096;

    [ThreadStatic]
    private static ImmutableArray<Sentence>.Builder? builderOfThread;

    /// <summary>
    /// No sentence a person writes is longer. A longer one (a table flattened into one line, 50,000 figures in a row) is read
    /// in pieces of at most this many characters, cut at a space: every stage's cost per sentence stays bounded, so such a
    /// text costs in proportion to its length instead of its square.
    /// </summary>
    public const int MaxSentenceLength = 3_000;

    private static void Add(ImmutableArray<Sentence>.Builder sentences, SourceDocument source, ProseBlock block, int start, int end)
    {
        var text = block.Text;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        var inPieces = false;
        while (end - start > MaxSentenceLength)
        {
            var cut = text.LastIndexOf(' ', start + MaxSentenceLength, MaxSentenceLength / 2);
            if (cut <= start) cut = start + MaxSentenceLength;
            if (char.IsHighSurrogate(text[cut - 1])) cut--; // never between the halves of one character
            sentences.Add(new Sentence(source, block, start, cut) { IsPiece = true });
            start = SkipSpace(text, cut);
            inPieces = true;
        }
        if (end > start) sentences.Add(new Sentence(source, block, start, end) { IsPiece = inPieces });
    }

    /// <summary>
    /// The exclusive end of the next sentence of one block, its search starting at <paramref name="at"/> and leaving it where
    /// the next search starts; -1 past the last. A loop, not an iterator: a block cost an enumerator object, and every
    /// character a step of its state machine.
    /// </summary>
    private static int NextEnd(string text, ref int at, AbbreviationList abbreviations, int longestLine)
    {
        for (; at < text.Length; at++)
        {
            // Straight to the next character that may end a sentence: a vectorized search, not a test of every character.
            var ahead = text.AsSpan(at).IndexOfAny(Enders);
            if (ahead < 0) break;
            at += ahead;
            var c = text[at];
            if (c == '\n')
            {
                // Plain text keeps its line breaks: a line ends a sentence unless the next line plainly continues it.
                if (!ContinuesOnNextLine(text, at, longestLine)) return at++;
                continue;
            }
            if (c == '.' && at + 1 < text.Length && char.IsDigit(text[at + 1])) continue; // 3.5, 1.000
            if (c == '.' && abbreviations.EndsAt(text, at)) continue;
            var end = at + 1;
            while (end < text.Length && (text[end] is '.' or '!' or '?' or '"' or '\'' or '”' or '»' or '’' or ')' or '\u00A0' or '\u202F'
                   || (text[end] == ' ' && end + 1 < text.Length && text[end + 1] is '»'))) end++;
            var next = SkipSpace(text, end);
            if (next == end && end < text.Length) continue; // "3.x", "U.S.-led": no space, no boundary
            at = end - 1;
            if (next >= text.Length || StartsSentence(text[next]))
            {
                at++;
                return end;
            }
        }
        return -1;
    }

    private static readonly SearchValues<char> Enders = SearchValues.Create("\n.!?…");

    /// <summary>Lines shorter than this, without final punctuation and before a capital, are headings even in short paragraphs.</summary>
    private const int HeadingLength = 60;

    /// <summary>
    /// Whether the line before <paramref name="newline"/> runs on into the next. It does when the next line starts in
    /// lower case or the line ends with a comma or a dash. A line without final punctuation before a capital is a
    /// heading when it is short, or clearly shorter than the paragraph's longest line: wrapped prose fills its lines.
    /// </summary>
    private static bool ContinuesOnNextLine(string text, int newline, int longestLine)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, newline - 1)) + 1;
        var line = text.AsSpan(lineStart, newline - lineStart).TrimEnd();
        var next = SkipSpace(text, newline + 1);
        if (line.IsEmpty || next >= text.Length) return false;
        if (char.IsLower(text[next])) return true;
        var last = line[^1];
        if (last is ',' or ';' or '-' or '–') return true;
        if (char.IsLower(last) && char.IsDigit(text[next])) return true; // "rose by\n5 percent"
        if (last is '.' or '!' or '?' or '…' or ':' or '»' or '"' or '”' or ')') return false;
        return line.Length >= HeadingLength && line.Length >= longestLine * 3 / 4;
    }

    private static int LongestLine(string text)
    {
        var longest = 0;
        foreach (var range in text.AsSpan().Split('\n')) longest = Math.Max(longest, range.End.GetOffset(text.Length) - range.Start.GetOffset(text.Length));
        return longest;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '«' or '‘' or '\'' or '(' or '[' or '-' or '–' or '—' or '*' or '\n';

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
