using System.Collections.Immutable;
using FactCheck.Comparison;
using FactCheck.Inputs;
using FactCheck.Languages;
using FactCheck.Kinds.Money;
using FactCheck.Mentions;
using FactCheck.Normalization;
using FactCheck.Pipeline;
using FactCheck.Sentences;
using FactCheck.Sources;
using FactCheck.Stories;

namespace FactCheck.Core.Tests;

/// <summary>Builds real sources from short texts, so tests run the same stages users do.</summary>
internal static class TestText
{
    /// <summary>A plain-text source in <paramref name="language"/>.</summary>
    public static SourceDocument Source(string text, string language = "en", string id = "test.txt")
    {
        var (document, error) = SourceLoader.FromText(id, text);
        Assert.Null(error);
        return document! with { Language = LanguagePacks.BuiltIn[language]!, LanguageDeclared = true };
    }

    /// <summary>The money mentions of <paramref name="text"/>, as the default (fast) pipeline finds them.</summary>
    public static List<MoneyMention> Money(string text, string language = "en", RecognizerScope scope = RecognizerScope.Unexplained, string? date = null)
    {
        var source = new MoneyMentionSource(scope);
        var document = Source(text, language) with { Date = date is null ? null : SourceDate.TryParse(date, DateOrigin.Declared) };
        return [.. SentenceSplitter.Default.Split(document).SelectMany(source.Find).Cast<MoneyMention>()];
    }

    /// <summary>The one money mention of <paramref name="text"/>.</summary>
    public static MoneyMention OneMoney(string text, string language = "en") => Assert.Single(Money(text, language));

    /// <summary>A dated source: <paramref name="date"/> as front matter would declare it.</summary>
    public static SourceDocument Dated(string id, string text, string language, string? date) =>
        Source(text, language, id) with { Date = date is null ? null : SourceDate.TryParse(date, DateOrigin.Declared) };

    /// <summary>The claims of <paramref name="sources"/>, bound, framed and normalized, as the pipeline makes them.</summary>
    public static ImmutableArray<NormalizedClaim> Claims(params SourceDocument[] sources) => CheckStages.Default.Read(sources, StoryMode.One).Claims;

    /// <summary>The money claims of <paramref name="sources"/>.</summary>
    public static ImmutableArray<MoneyClaim> MoneyClaims(params SourceDocument[] sources) => [.. Claims(sources).OfType<MoneyClaim>()];

    /// <summary>The frame of the one claim of <paramref name="text"/> whose mention is written <paramref name="figure"/>.</summary>
    public static FactCheck.Frames.ClaimFrame FrameAt(string text, string figure, string language) =>
        Assert.Single(Claims(Source(text, language)).Where(c => c.Claim.Mention.Sentence.Text[c.Claim.Mention.Start..c.Claim.Mention.End] == figure)).Frame;

    /// <summary>The claims of one kind of <paramref name="sources"/>.</summary>
    public static ImmutableArray<T> ClaimsOf<T>(params SourceDocument[] sources) where T : NormalizedClaim => [.. Claims(sources).OfType<T>()];

    /// <summary>
    /// The findings a check of <paramref name="sources"/> reports when they are one story (<c>--one-story</c>): the sentences
    /// of a test are too short to tell a story by; tests of stories group them (<c>Stories/</c>).
    /// </summary>
    public static ImmutableArray<Finding> Findings(params SourceDocument[] sources)
    {
        var (claims, stories) = CheckStages.Default.Read(sources, StoryMode.One);
        return CheckStages.Default.Compare(claims, stories);
    }

    /// <summary>The findings an editor is shown (warnings and errors) for sources given as (file name, text, language).</summary>
    public static Finding[] Shown(params (string Id, string Text, string Language)[] sources) =>
        [.. Findings([.. sources.Select(s => Source(s.Text, s.Language, s.Id))]).Where(f => f.Severity >= Severity.Warning)];
}
