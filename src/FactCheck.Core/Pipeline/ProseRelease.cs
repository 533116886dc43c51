using System.Collections.Immutable;
using FactCheck.Frames;
using FactCheck.Sentences;
using FactCheck.Sources;

namespace FactCheck.Pipeline;

/// <summary>
/// What a source keeps once its claims are read: the stages after the claims pass read a source's prose only through the
/// sentences its claims cite (their text, and their block's map for the spans), so the source's prose blocks, a second copy
/// of most of its text, are let go. On the bench corpus they were 40 MB of the 340 MB live at the report.
/// </summary>
internal static class ProseRelease
{
    /// <summary>
    /// <paramref name="document"/> without its prose blocks, and every sentence <paramref name="claims"/> cite moved onto it
    /// (<see cref="Sentence.KeepOnlyItself"/>). Sentences no claim cites are not kept by anything and go with the blocks.
    /// </summary>
    public static SourceDocument LetGo(SourceDocument document, ImmutableArray<FramedClaim> claims)
    {
        if (document.ProseBlocks.IsEmpty) return document;
        var lean = document with { ProseBlocks = [] };
        // One map-only block for each block cited, shared by its sentences as the block was.
        var blocks = new Dictionary<ProseBlock, ProseBlock>(ReferenceEqualityComparer.Instance);
        foreach (var claim in claims)
        {
            var sentence = claim.Claim.Mention.Sentence;
            if (ReferenceEquals(sentence.Source, lean)) continue;
            if (!blocks.TryGetValue(sentence.Block, out var block)) blocks[sentence.Block] = block = new ProseBlock("", sentence.Block.Map);
            sentence.KeepOnlyItself(lean, block);
        }
        return lean;
    }
}
