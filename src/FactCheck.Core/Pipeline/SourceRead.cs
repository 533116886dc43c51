using System.Collections.Immutable;
using FactCheck.Frames;
using FactCheck.Inputs;
using FactCheck.Sources;
using FactCheck.Stories;

namespace FactCheck.Pipeline;

/// <summary>
/// What the per-source stages read of one file (<see cref="SourceReadCache"/>): the document and its story profile once it
/// is profiled, and its mentions and framed claims once they are read (<see cref="ClaimsRead"/>).
/// </summary>
internal sealed record SourceRead(string File, SourceRole Role, string Hash, SourceDocument Document, StoryProfile Profile, bool MayFindAlone, int SentenceCount)
{
    /// <summary>How many mentions were found in the file, once its claims are read (they live on in its claims).</summary>
    public int MentionCount { get; init; }

    /// <summary>The framed claims of the file, once read.</summary>
    public ImmutableArray<FramedClaim> Claims { get; init; } = [];

    /// <summary>True once <see cref="MentionCount"/> and <see cref="Claims"/> are read (a file may have none).</summary>
    public bool ClaimsRead { get; init; }

    /// <summary>
    /// True when the file was not read (its size and times were those indexed with its hash, <see cref="Store.RunStore"/>):
    /// the document's text is empty and the claims are not decoded, until <see cref="SourceReadCache.Whole"/> decodes the
    /// whole entry for a source read for claims.
    /// </summary>
    public bool Unread { get; init; }

    /// <summary>The size of the text in UTF-8, as indexed, for a read whose text is <see cref="Unread"/>.</summary>
    public long IndexedBytes { get; init; }
}
