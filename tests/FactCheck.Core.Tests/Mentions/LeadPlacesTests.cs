using FactCheck.Kinds.Place;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// The places a story profile read in a source's lead, taken by the claims pass from its reading instead of the gazetteer's:
/// the same places, on the sentences split again, and a sentence that is not the one read is read again.
/// </summary>
public sealed class LeadPlacesTests
{
    private const string Text = "Ministers met in Brussels on Monday. The talks moved to La Haye. Nothing was said of Kyiv.";

    [Theory]
    [InlineData(Text, "en")]
    [InlineData("Les ministres se réunissent à Bruxelles. Puis à Moscou, sans accord. Le siège restera en Allemagne.", "fr")]
    public void The_claims_pass_gets_the_places_it_would_read_on_sentences_split_again(string text, string language)
    {
        var source = new PlaceMentionSource(Gazetteer.Default);
        var recognizer = new MentionRecognizer([source]);
        var first = SentenceSplitter.Default.Split(TestText.Source(text, language));
        var places = Assert.IsType<LeadPlaces>(LeadPlaces.Read(source, first.AsSpan()));
        var again = SentenceSplitter.Default.Split(TestText.Source(text, language));

        var kept = recognizer.Recognize(again, places);

        Assert.Equal(Described(recognizer.Recognize(again)), Described(kept));
        Assert.NotEmpty(kept);
        Assert.All(kept, m => Assert.Contains(m.Sentence, again));
    }

    [Fact]
    public void A_sentence_other_than_the_one_read_is_read_again()
    {
        var source = new PlaceMentionSource(Gazetteer.Default);
        var places = Assert.IsType<LeadPlaces>(LeadPlaces.Read(source, SentenceSplitter.Default.Split(TestText.Source(Text)).AsSpan()));
        var other = SentenceSplitter.Default.Split(TestText.Source("Ministers met in Madrid on Monday. The talks moved to Paris."));

        Assert.Null(places.Found(source, 0, other[0]));
        Assert.Null(places.Found(source, 5, other[0]));
        Assert.Equal(["Madrid", "Paris"], new MentionRecognizer([source]).Recognize(other, places).Select(m => m.Text));
    }

    [Fact]
    public void Another_source_of_mentions_is_not_answered()
    {
        var source = new PlaceMentionSource(Gazetteer.Default);
        var sentences = SentenceSplitter.Default.Split(TestText.Source(Text));
        var places = Assert.IsType<LeadPlaces>(LeadPlaces.Read(source, sentences.AsSpan()));

        Assert.Null(places.Found(new PlaceMentionSource(Gazetteer.Default), 0, sentences[0]));
        Assert.Equal("Brussels", Assert.Single(places.Found(source, 0, sentences[0])!).Text);
    }

    private static string[] Described(IEnumerable<Mention> mentions) =>
        [.. mentions.Select(m => $"{m.Span.Start}-{m.Span.End} {m.Text} {((PlaceMention)m).Place.Id}")];
}
