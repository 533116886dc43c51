using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Kinds.Attribution;

/// <summary>
/// A statement given to a speaker: a quotation ("«…», notes an allied source") or reported speech ("Stoltenberg said that…").
/// The mention covers the statement: the quotation with its marks, or the reported clause. A quotation may run over several
/// sentences; then <see cref="Mention.Sentence"/> is the passage from the sentence where it opens to the one where its
/// attribution ends (a <see cref="Sentence"/> spanning them, in the same paragraph), so that the span, the text and the
/// sentence shown are all exact. <c>[QuoteStart, QuoteEnd)</c> are the statement's own words, without quotation marks.
/// <see cref="Speaker"/> is null when the speaker is the one of <see cref="SharesSpeakerWith"/>: a quotation that goes on
/// in the next sentence or paragraph ("“…,” said Dahl. “No country can protect its grid alone.”").
/// </summary>
public sealed record AttributionMention(
    Sentence Sentence, int Start, int End, int QuoteStart, int QuoteEnd, bool Reported, SpeakerPhrase? Speaker, AttributionMention? SharesSpeakerWith)
    : Mention(Sentence, Start, End)
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Attribution;

    /// <summary>
    /// True when the source denies that the speaker said it ("X never said", "n'a jamais dit", "wrongly attributed to X"):
    /// a status of the attribution, compared with the sources that give the words to that speaker.
    /// </summary>
    public bool Denied { get; init; }

    /// <summary>The quotation a denial with no words of its own speaks of ("X never said it"), given earlier in the source.</summary>
    public AttributionMention? About { get; init; }

    /// <summary>The statement's words, without quotation marks, on one line (those of <see cref="About"/> for such a denial).</summary>
    public string Quote => About?.Quote ?? Spaces.Collapse(Sentence.Text[QuoteStart..QuoteEnd]);
}
