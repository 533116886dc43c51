using System.Collections.Immutable;
using FactCheck.Tests.DevSet;

namespace FactCheck.Benchmarks.DevSet;

/// <summary>How one figure of the set, or one figure read where the set has none, came out.</summary>
internal enum Outcome
{
    /// <summary>Read, with its value and currency, unit or date right.</summary>
    Correct,
    /// <summary>Read, but something wrong: <see cref="Scored.WrongParts"/> says what.</summary>
    Misread,
    /// <summary>Not read at all.</summary>
    Missed,
    /// <summary>Read in an annotated sentence where the set has no figure of that kind.</summary>
    Spurious,
}

/// <summary>One line of the score: a figure of the set and what was read there, or a spurious reading; and their sentence.</summary>
internal sealed record Scored(Outcome Outcome, FigureKind Kind, DevSentence Sentence, GoldItem? Gold, ExtractedFigure? Read, ImmutableArray<string> WrongParts)
{
    /// <summary>"en" or "fr".</summary>
    public string Language => Sentence.Language;
}
