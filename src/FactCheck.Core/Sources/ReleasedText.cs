using System.Diagnostics;
using System.Text;

namespace FactCheck.Sources;

/// <summary>
/// What a source keeps of its text once its claims are read and <see cref="SourceDocument.Text"/> is let go: the text in
/// UTF-8 (about half its size in memory for news in English or French), for the few readers after the claims pass (a
/// claim's own characters, the words a story's alignment looks names up in, the HTML report's panes), and where its lines
/// start, for the report's lines and columns.
/// </summary>
public sealed class ReleasedText
{
    /// <summary>Every this many characters, where the character starts in the UTF-8: a span is found from the nearest one.</summary>
    private const int Step = 64;

    private readonly byte[] utf8;
    private readonly int[] checkpoints;

    /// <summary>Keeps <paramref name="text"/>, given in UTF-8 as <paramref name="utf8"/> when the caller has it already.</summary>
    public ReleasedText(string text, byte[]? utf8 = null)
    {
        // The bytes a check parked the text in between its passes: counting them again would be a pass over every text for nothing.
        this.utf8 = utf8 ?? Encoding.UTF8.GetBytes(text);
        Debug.Assert(this.utf8.Length == Encoding.UTF8.GetByteCount(text), "not the text's UTF-8");
        LineStarts = LineStartsOf(text);
        checkpoints = new int[text.Length / Step + 1];
        var at = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i % Step == 0) checkpoints[i / Step] = at;
            if (i == text.Length) break;
            // The well-formed text of a source (SourceLoader) has no lone surrogate: a pair is four bytes, counted at its first half.
            var c = text[i];
            at += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) ? 4 : char.IsLowSurrogate(c) ? 0 : 3;
        }
    }

    /// <summary>The offset where each line starts, the first at 0; a line ends at '\n' (so CRLF counts once).</summary>
    public int[] LineStarts { get; }

    /// <summary>The text, decoded again: a new string each time, for a reader that lets go of it soon.</summary>
    public string Decode() => Encoding.UTF8.GetString(utf8);

    /// <summary>The characters at <paramref name="span"/>, as <c>Text[span.Start..span.End]</c> gave them.</summary>
    public string Slice(SourceSpan span) => Utf8At(span, out var bytes) ? Encoding.UTF8.GetString(bytes) : Decode()[span.Start..span.End];

    /// <summary>
    /// The UTF-8 of the characters at <paramref name="span"/>, for a writer of UTF-8 to copy instead of a string made of
    /// them; false when the span starts or ends inside a surrogate pair, which cannot be cut from the UTF-8.
    /// </summary>
    public bool Utf8At(SourceSpan span, out ReadOnlySpan<byte> bytes)
    {
        var (start, startChar) = ByteAt(span.Start, checkpoints[span.Start / Step], span.Start / Step * Step);
        var (end, endChar) = ByteAt(span.End, start, startChar);
        var whole = startChar == span.Start && endChar == span.End;
        bytes = whole ? utf8.AsSpan(start, end - start) : default;
        return whole;
    }

    /// <summary>The byte where the character at <paramref name="offset"/> starts, walking from a known one; and the character reached.</summary>
    private (int Byte, int Char) ByteAt(int offset, int at, int character)
    {
        while (character < offset && at < utf8.Length)
        {
            var lead = utf8[at];
            (at, character) = lead < 0x80 ? (at + 1, character + 1) : lead < 0xE0 ? (at + 2, character + 1) : lead < 0xF0 ? (at + 3, character + 1) : (at + 4, character + 2);
        }
        return (at, character);
    }

    /// <summary>
    /// Where the lines of <paramref name="text"/> start. Counted first, so the starts are written into an array of their size:
    /// a list grown by doubling and copied out was three times the array for a long file.
    /// </summary>
    public static int[] LineStartsOf(string text)
    {
        var starts = new int[text.AsSpan().Count('\n') + 1];
        var line = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts[line++] = i + 1;
        return starts;
    }
}
