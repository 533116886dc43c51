namespace FactCheck.Tests.DevSet;

/// <summary>
/// One figure of an annotated sentence and the reading a careful reader gives it. An optional item is one a reader could
/// take either way ("several hundred members", "one analyst"): a figure read there is neither counted nor spurious.
/// </summary>
/// <param name="Kind">Money, quantity or date.</param>
/// <param name="File">The corpus file, relative to the bench corpus.</param>
/// <param name="Span">The figure as written, from its first character to just after its last.</param>
/// <param name="Sentence">Where the sentence it belongs to starts (line, column).</param>
/// <param name="Expected">The reading a careful reader gives it.</param>
/// <param name="Optional">True when a reader could take it either way.</param>
/// <param name="Form">The form it stands for ("country-dollar", "weekday", "fraction"), or null.</param>
/// <param name="Origin">Where the set declares it ("money.en.jsonl:12"), for messages.</param>
internal sealed record GoldItem(FigureKind Kind, string File, FigureSpan Span, (int Line, int Column) Sentence, Reading Expected, bool Optional, string? Form, string Origin)
{
    /// <summary>"en" or "fr": the corpus folder the file is in.</summary>
    public string Language => File.Split('/')[0];
}
