using System.Collections.Immutable;
using FactCheck.Frames;
using FactCheck.Sentences;
using FactCheck.Sources;

namespace FactCheck.Pipeline;

/// <summary>
/// What a source keeps once its claims are read. The stages after the claims pass read a source's prose only through the
/// sentences its claims cite (their text, and their block's map for the spans), and its original text for the claims' own
/// characters, their lines and columns, and the words a story's alignment looks names up in. So the prose blocks (a second
/// copy of most of the text) are let go, and the text is kept in UTF-8 with its line starts (<see cref="ReleasedText"/>).
/// On the bench corpus the blocks were 40 MB and the texts 45 MB of the 340 MB live at the report.
/// </summary>
internal static class ProseRelease
{
    /// <summary>
    /// <paramref name="document"/> without its prose blocks, and every sentence <paramref name="claims"/> cite moved onto it
    /// (<see cref="Sentence.KeepOnlyItself"/>). Sentences no claim cites are not kept by anything and go with the blocks. The
    /// text is let go too, kept as <paramref name="utf8"/>, the bytes the check parked it in between its passes, unless
    /// silencing comments read it (a source with directives keeps it).
    /// </summary>
    public static SourceDocument LetGo(SourceDocument document, ImmutableArray<FramedClaim> claims, byte[] utf8)
    {
        if (document.ProseBlocks.IsEmpty) return document;
        var lean = document.Directives.IsEmpty
            ? document with { ProseBlocks = [], Text = "", Released = new ReleasedText(document.Text, utf8) }
            : document with { ProseBlocks = [] };
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
