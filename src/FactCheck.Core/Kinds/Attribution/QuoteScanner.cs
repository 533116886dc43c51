namespace FactCheck.Kinds.Attribution;

/// <summary>
/// A quotation in a block's prose: <c>[Open, Close)</c> covers the marks, <c>[InnerStart, InnerEnd)</c> the words between
/// them (spaces, no-break spaces and a trailing comma left out). <see cref="Closed"/> is false for a quotation still open at
/// the end of its paragraph (the next paragraph may reopen it); <see cref="Stray"/> for a closing mark with no opening one,
/// whose quotation is taken to start where its sentence does.
/// </summary>
internal readonly record struct Quotation(int Open, int Close, int InnerStart, int InnerEnd, bool Closed, bool Stray);

/// <summary>Finds quotations: « » (French spacing included), “ ”, „ “, ‘ ’ and straight double quotes.</summary>
internal static class QuoteScanner
{
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("«»“”„‘\"");

    /// <summary>Whether <paramref name="text"/> holds any quotation mark at all: most paragraphs do not.</summary>
    public static bool MayQuote(string text) => text.AsSpan().IndexOfAny(Marks) >= 0;

    /// <summary>The quotations of a block, in order. <paramref name="sentenceStartOf"/> gives the start of the sentence holding an offset.</summary>
    public static List<Quotation> Find(string text, Func<int, int> sentenceStartOf)
    {
        var quotes = new List<Quotation>();
        var i = text.AsSpan().IndexOfAny(Marks);
        while (i >= 0 && i < text.Length)
        {
            var c = text[i];
            var next = i + 1;
            switch (c)
            {
                case '«': next = Pair(text, i, '«', '»', quotes); break;
                case '“': next = Pair(text, i, '“', '”', quotes); break;
                case '„': next = PairAny(text, i, quotes); break;
                case '"': next = Straight(text, i, quotes); break;
                case '‘': next = Single(text, i, quotes); break;
                case '»' or '”':
                    // "…Trump.» Mais il est impossible … de Trump», a déclaré un diplomate": a closing mark with no opening one.
                    var start = Math.Max(sentenceStartOf(i), quotes.Count > 0 ? quotes[^1].Close : 0);
                    while (start < i && char.IsWhiteSpace(text[start])) start++;
                    if (i - start > 10) quotes.Add(Make(text, start, i + 1, closed: true, stray: true));
                    break;
            }
            var rest = text.AsSpan(next).IndexOfAny(Marks);
            i = rest < 0 ? -1 : next + rest;
        }
        return quotes;
    }

    /// <summary>A quotation opened by <paramref name="open"/>, nesting counted; unclosed, it runs to the end of the block.</summary>
    private static int Pair(string text, int at, char open, char close, List<Quotation> quotes)
    {
        var depth = 0;
        for (var j = at + 1; j < text.Length; j++)
        {
            if (text[j] == open) depth++;
            else if (text[j] == close && depth-- == 0)
            {
                quotes.Add(Make(text, at, j + 1, closed: true, stray: false));
                return j + 1;
            }
        }
        quotes.Add(Make(text, at, text.Length, closed: false, stray: false));
        return text.Length;
    }

    /// <summary>‘…’: the closing mark is also the apostrophe, so only one with no letter after it closes.</summary>
    private static int Single(string text, int at, List<Quotation> quotes)
    {
        for (var j = text.IndexOf('’', at + 1); j > 0; j = text.IndexOf('’', j + 1))
        {
            if (j + 1 < text.Length && char.IsLetter(text[j + 1])) continue; // "Sweden’s", "d’aide"
            quotes.Add(Make(text, at, j + 1, closed: true, stray: false));
            return j + 1;
        }
        return at + 1;
    }

    private static int PairAny(string text, int at, List<Quotation> quotes)
    {
        var end = text.AsSpan(at + 1).IndexOfAny('“', '”');
        if (end < 0) return at + 1;
        quotes.Add(Make(text, at, at + 1 + end + 1, closed: true, stray: false));
        return at + end + 2;
    }

    /// <summary>
    /// Straight quotes open and close alike: pair them in order, but a mark that plainly opens (a space before it, a letter
    /// after) where a closing one is expected means the previous one was stray, and pairing starts again there.
    /// </summary>
    private static int Straight(string text, int at, List<Quotation> quotes)
    {
        if (at + 1 >= text.Length || char.IsWhiteSpace(text[at + 1])) return at + 1; // a closing mark with nothing open
        for (var j = at + 1; j < text.Length; j++)
        {
            if (text[j] != '"') continue;
            var before = text[j - 1];
            var after = j + 1 < text.Length ? text[j + 1] : ' ';
            if (char.IsWhiteSpace(before) && char.IsLetterOrDigit(after)) return j; // opens: start again here
            if (char.IsWhiteSpace(before)) continue;
            quotes.Add(Make(text, at, j + 1, closed: true, stray: false));
            return j + 1;
        }
        quotes.Add(Make(text, at, text.Length, closed: false, stray: false));
        return text.Length;
    }

    private static Quotation Make(string text, int open, int close, bool closed, bool stray)
    {
        var innerStart = stray ? open : open + 1;
        var innerEnd = closed ? close - 1 : close;
        while (innerStart < innerEnd && IsSpace(text[innerStart])) innerStart++;
        while (innerEnd > innerStart && (IsSpace(text[innerEnd - 1]) || text[innerEnd - 1] == ',')) innerEnd--;
        return new Quotation(open, close, innerStart, innerEnd, closed, stray);
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u00A0' or '\u202F';
}
