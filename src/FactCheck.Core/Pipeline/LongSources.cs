using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Pipeline;

/// <summary>
/// The mentions of one long source, read on several threads. A source is read by one thread, so one large file left the
/// other cores idle through its mentions, the longest stage (6.2 of the 11 s of the 30 MB file of issue 11). Its sentences
/// are cut into runs, and the kinds that read one sentence at a time read each run apart (nothing carries from a sentence to
/// the next for them: <see cref="MentionRecognizer.InSentences"/>); those that read across sentences (quotations, whose
/// speaker and continuations cross paragraphs) read the whole source as one more task. The runs are joined in order, so
/// the mentions are those one thread finds, whatever the threads did.
/// </summary>
internal static class LongSources
{
    /// <summary>
    /// The sentences one task reads: a thousand sentences are about 100 kB of prose, tens of milliseconds. No article of the
    /// bench corpus (the longest is 25 kB) holds two runs, so a folder of articles is read one task a source as before.
    /// </summary>
    internal const int RunLength = 1000;

    /// <summary>True when <paramref name="sentences"/> are worth reading in runs, on more than one thread.</summary>
    public static bool IsLong(ImmutableArray<Sentence> sentences, ParallelOptions parallel) =>
        sentences.Length >= 2 * RunLength && parallel.MaxDegreeOfParallelism > 1;

    /// <summary>
    /// What <see cref="MentionRecognizer.Recognize"/> gives for <paramref name="sentences"/>, read in runs in parallel. Each
    /// run's time and allocations go to <paramref name="stage"/> of <paramref name="clocks"/> where it ran; the caller's own
    /// clocks then count from the join on.
    /// </summary>
    public static ImmutableArray<Mention> Recognize(MentionRecognizer recognizer, ImmutableArray<Sentence> sentences, ParallelOptions parallel, StageClocks clocks, int stage)
    {
        var runs = (sentences.Length + RunLength - 1) / RunLength;
        var found = new List<Mention>[runs];
        List<Mention> across = [];
        var bugs = new ExceptionDispatchInfo?[runs + 1];
        // Task 0 reads across sentences: one piece, the longest, so it starts first.
        Parallel.For(0, runs + 1, parallel, k =>
        {
            var piece = clocks.Piece();
            try
            {
                if (k == 0) across = recognizer.AcrossSentences(sentences);
                else found[k - 1] = recognizer.InSentences(sentences.AsSpan((k - 1) * RunLength, Math.Min(RunLength, sentences.Length - (k - 1) * RunLength)));
            }
            catch (Exception e)
            {
                bugs[k] = ExceptionDispatchInfo.Capture(e);
            }
            piece.Done(stage);
        });
        clocks.Restart();
        // As for files: the bug a single thread would have met first is thrown (the runs are read before the whole).
        if ((Array.Find(bugs[1..], b => b is not null) ?? bugs[0]) is { } bug) bug.Throw();
        return MentionRecognizer.Joined(found, across);
    }
}
