using FactCheck.Kinds.Place;
using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Core.Tests.Mentions;

/// <summary>
/// The places a story profile read in a source's lead, taken by the claims pass from its reading instead of the gazetteer's:
/// the same places, on the sentences split again; sentences other than the ones read are read anew.
/// </summary>
public sealed class LeadPlacesTests
{
    private const string Text = "Ministers met in Brussels on Monday. The talks moved to The Hague. Nothing was said of Kyiv.";

    [Theory]
    [InlineData(Text, "en")]
    [InlineData("Les ministres se réunissent à Bruxelles. Puis à Moscou, sans accord. Le siège restera en Allemagne.", "fr")]
    public void The_claims_pass_gets_the_places_it_would_read_on_sentences_split_again(string text, string language)
    {
        var source = new PlaceMentionSource(Gazetteer.Default);
        var recognizer = new MentionRecognizer([source]);
        var first = SentenceSplitter.Default.Split(TestText.Source(text, language));
        var places = Assert.IsType<LeadPlaces>(LeadPlaces.Read(source, first, out var justRead));
        var again = SentenceSplitter.Default.Split(TestText.Source(text, language));

        var kept = recognizer.Recognize(again, places.For(again));

        Assert.Equal(Described(recognizer.Recognize(again)), Described(kept));
        Assert.Equal(Described(recognizer.Recognize(first)), Described(recognizer.Recognize(first, justRead)));
        Assert.Equal(3, kept.Length);
        Assert.All(kept, m => Assert.Contains(m.Sentence, again));
    }

    [Fact]
    public void Sentences_other_than_the_ones_read_are_read_anew()
    {
        var source = new PlaceMentionSource(Gazetteer.Default);
        var places = Assert.IsType<LeadPlaces>(LeadPlaces.Read(source, SentenceSplitter.Default.Split(TestText.Source(Text)), out _));
        var other = SentenceSplitter.Default.Split(TestText.Source("Ministers met in Madrid on Monday. The talks moved to Paris."));

        Assert.Null(places.For(other));
        Assert.Equal(["Madrid", "Paris"], new MentionRecognizer([source]).Recognize(other, places.For(other)).Select(m => m.Text));
    }

    [Fact]
    public void Only_the_source_that_read_the_lead_and_only_its_sentences_are_answered()
    {
        var source = new PlaceMentionSource(Gazetteer.Default);
        var sentences = SentenceSplitter.Default.Split(TestText.Source(Text + " Talks resume in Vienna."));
        var places = Assert.IsType<LeadPlaces>(LeadPlaces.Read(source, sentences[..3], out _));

        Assert.Null(places.Found(new PlaceMentionSource(Gazetteer.Default), 0, sentences[0]));
        Assert.Equal("Brussels", Assert.Single(places.Found(source, 0, sentences[0])!).Text);
        Assert.Null(places.Found(source, 3, sentences[3]));
        Assert.Equal("Vienna", new MentionRecognizer([source]).Recognize(sentences, places.For(sentences))[^1].Text);
    }

    private static string[] Described(IEnumerable<Mention> mentions) =>
        [.. mentions.Select(m => $"{m.Span.Start}-{m.Span.End} {m.Text} {((PlaceMention)m).Place.Id}")];
}
