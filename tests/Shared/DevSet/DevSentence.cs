namespace FactCheck.Tests.DevSet;

/// <summary>
/// A sentence of the corpus annotated for every kind: each money, quantity and date figure in it is a <see cref="GoldItem"/>,
/// so an extracted figure in it that matches none is spurious. A sentence with no item is a negative example.
/// </summary>
/// <param name="File">The corpus file, relative to the bench corpus ("en/reuters-16427.md").</param>
/// <param name="Span">From the sentence's first character to just after its last.</param>
/// <param name="Note">Why it was picked, in the annotator's words ("a magazine named with a number"), or null.</param>
/// <param name="Origin">Where the set declares it ("sentences.en.jsonl:12"), for messages.</param>
internal sealed record DevSentence(string File, FigureSpan Span, string? Note, string Origin)
{
    /// <summary>"en" or "fr": the corpus folder the file is in.</summary>
    public string Language => File.Split('/')[0];
}
