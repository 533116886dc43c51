namespace FactCheck.Kinds.Attribution;

/// <summary>
/// Quote-site layouts, where a saying stands alone and its author is set after it with no speech verb: a paragraph that
/// holds only the author ("— Jane Doe, poet (1900-1980)", or "Jane Doe" alone) under a paragraph that holds only the
/// saying ("“All that glitters is not gold.”", or the words without marks); or a paragraph without quotation marks that
/// ends on a dash and the author ("All that glitters is not gold. - Jane Doe"). The author must be a person's name of two
/// to four capitalized words: a word like "Reuters" or a heading is no byline.
/// </summary>
internal static class QuoteSiteLayout
{
    /// <summary>A saying without marks is one or two sentences: a longer paragraph is prose, not a quotation.</summary>
    private const int MaxSayingWords = 60;

    private const int MaxBylineLength = 120;

    private static readonly System.Buffers.SearchValues<char> Dashes = System.Buffers.SearchValues.Create("—–―~-");

    /// <summary>The author of a paragraph that is only a byline, or null.</summary>
    public static SpeakerPhrase? Byline(string text, SpeakerParser speakers)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var dashed = i < text.Length && Dashes.Contains(text[i]);
        if (dashed) i++;
        var end = text.Length;
        while (end > i && char.IsWhiteSpace(text[end - 1])) end--;
        if (end - i > MaxBylineLength || text.AsSpan(i, end - i).Contains('\n')) return null;
        // Without a dash, the paragraph is the name alone: "Tim Cook, le patron d'Apple, a présenté…" is a sentence.
        return dashed || text.AsSpan(i, end - i).IndexOfAny(',', '(') < 0 ? NameFrom(text, i, end, speakers) : null;
    }

    /// <summary>
    /// The saying of a paragraph a byline paragraph follows: its one quotation when it fills the paragraph, or all its
    /// words when it has no quotation marks, is short and ends a sentence. <c>(Start, End)</c> with the marks,
    /// <c>(QuoteStart, QuoteEnd)</c> without them; null when the paragraph is no saying.
    /// </summary>
    public static (int Start, int End, int QuoteStart, int QuoteEnd)? Saying(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return null;
        if (QuoteScanner.MayQuote(text))
        {
            var quotes = QuoteScanner.Find(text, _ => 0);
            return quotes is [{ Closed: true, Stray: false } only] && only.Open == start && only.Close == end
                ? (start, end, only.InnerStart, only.InnerEnd)
                : null;
        }
        return IsShortSaying(text, start, end) ? (start, end, start, end) : null;
    }

    /// <summary>"… counted. - Albert Einstein" in a paragraph without quotation marks: the saying and its author, or null.</summary>
    public static (int End, SpeakerPhrase Author)? TrailingByline(string text, SpeakerParser speakers)
    {
        if (QuoteScanner.MayQuote(text)) return null;
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        for (var dash = text.AsSpan(0, end).LastIndexOfAny(Dashes); dash > 0; dash = text.AsSpan(0, dash).LastIndexOfAny(Dashes))
        {
            // The dash stands alone between spaces, right after the end of a sentence: "counted. - Albert Einstein".
            if (end - dash > MaxBylineLength) return null;
            if (!char.IsWhiteSpace(text[dash - 1]) || dash + 1 >= end || !char.IsWhiteSpace(text[dash + 1])) continue;
            var sayingEnd = dash;
            while (sayingEnd > 0 && char.IsWhiteSpace(text[sayingEnd - 1])) sayingEnd--;
            if (sayingEnd == 0 || text[sayingEnd - 1] is not ('.' or '!' or '?' or '…') || !IsShortSaying(text, 0, sayingEnd)) return null;
            return NameFrom(text, dash + 1, end, speakers) is { } author ? (sayingEnd, author) : null;
        }
        return null;
    }

    /// <summary>A person's name from <paramref name="from"/>, then nothing, or a comma or bracket and a short description.</summary>
    private static SpeakerPhrase? NameFrom(string text, int from, int end, SpeakerParser speakers)
    {
        while (from < end && char.IsWhiteSpace(text[from])) from++;
        var nameEnd = text.AsSpan(from, end - from).IndexOfAny(',', '(');
        nameEnd = nameEnd < 0 ? end : from + nameEnd;
        while (nameEnd > from && char.IsWhiteSpace(text[nameEnd - 1])) nameEnd--;
        var words = text[from..nameEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || !Array.TrueForAll(words, w => char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '’'))) return null;
        // A description is no sentence: a byline neither holds nor ends with a sentence's end ("In Lusaka, business went on.").
        if (text.AsSpan(nameEnd, end - nameEnd).IndexOfAny('.', '!', '?') >= 0) return null;
        return speakers.Classify(text, from, nameEnd) is { Form: SpeakerForm.Name, Anonymous: false } phrase ? phrase : null;
    }

    private static bool IsShortSaying(string text, int start, int end)
    {
        if (text[end - 1] is not ('.' or '!' or '?' or '…')) return false;
        var words = 0;
        for (var i = start; i < end; i++)
            if (char.IsLetterOrDigit(text[i]) && (i == start || !char.IsLetterOrDigit(text[i - 1]))) words++;
        return words is >= 3 and <= MaxSayingWords;
    }
}
