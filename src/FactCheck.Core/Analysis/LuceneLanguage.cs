using System.Text;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Util;
using EnglishSnowball = Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer;
using FrenchSnowball = Lucene.Net.Tartarus.Snowball.Ext.FrenchStemmer;
using GermanSnowball = Lucene.Net.Tartarus.Snowball.Ext.German2Stemmer;

namespace FactCheck.Analysis;

/// <summary>
/// The only file that imports Lucene.Net: one language's Snowball stemmer and Snowball stop list. The stemmer classes are
/// used directly (SetCurrent, Stem, Current) rather than through Lucene's analyzers and factories, which build token
/// streams by reflection and cost an allocation per token. Snowball was measured against the other stemmers Lucene ships
/// on the bench corpus's vocabulary (docs/stories.md): it joins verb forms the light stemmers leave apart.
/// </summary>
internal sealed class LuceneLanguage
{
    private readonly CharArraySet stopWords;
    // A Snowball program holds the word it is stemming, so threads take turns; TextAnalyzer caches the stems, so this is
    // reached once a distinct word and the lock is rarely contended.
    private readonly SnowballProgram stemmer;
    private readonly Lock stemming = new();
    private char[] buffer = new char[64];

    private LuceneLanguage(string stopList, SnowballProgram stemmer)
    {
        using var reader = IOUtils.GetDecodingReader(typeof(SnowballFilter), stopList, Encoding.UTF8);
        stopWords = WordlistLoader.GetSnowballWordSet(reader, LuceneVersion.LUCENE_48);
        this.stemmer = stemmer;
    }

    /// <summary>
    /// Lucene's Snowball stemmer and stop list of the name a language pack gives (<c>stemmer: french</c>); null for no name,
    /// or one this build does not carry. The programs are named here rather than found by reflection, which a trimmed or
    /// Native AOT build cannot follow.
    /// </summary>
    public static LuceneLanguage? For(string? snowball) => snowball switch
    {
        "english" => English.Value,
        "french" => French.Value,
        "german" => German.Value,
        _ => null,
    };

    private static readonly Lazy<LuceneLanguage> English = new(() => new LuceneLanguage("english_stop.txt", new EnglishSnowball()));
    private static readonly Lazy<LuceneLanguage> French = new(() => new LuceneLanguage("french_stop.txt", new FrenchSnowball()));
    private static readonly Lazy<LuceneLanguage> German = new(() => new LuceneLanguage("german_stop.txt", new GermanSnowball()));

    /// <summary>True when the lower-case <paramref name="word"/> is on the Snowball stop list ("the", "les", "été").</summary>
    public bool IsStopWord(string word) => stopWords.Contains(word);

    /// <summary>
    /// The Snowball stem of the lower-case <paramref name="word"/> ("killed" → "kill", "passagers" → "passag"); the word
    /// itself when the stemmer leaves it as it is ("ferry").
    /// </summary>
    /// <remarks>
    /// The program reads and writes the word in a buffer kept for it: given the word as a string, it copied it into an array
    /// of its own each time, 6.3 MB of garbage on the bench corpus (134,000 new words; allocation ticks of the JIT build).
    /// Words are at most <c>TextAnalyzer</c>'s 40 characters, so the buffer stays small.
    /// </remarks>
    public string Stem(string word)
    {
        lock (stemming)
        {
            if (buffer.Length < word.Length) buffer = new char[Math.Max(word.Length, 2 * buffer.Length)];
            word.CopyTo(buffer);
            stemmer.SetCurrent(buffer, word.Length);
            stemmer.Stem();
            // The program may have moved the word to a larger array of its own: its buffer is read, not ours.
            var stem = stemmer.CurrentBuffer.AsSpan(0, stemmer.CurrentBufferLength);
            return stem.SequenceEqual(word) ? word : new string(stem);
        }
    }
}
