using FactCheck.Kinds.Attribution;

namespace FactCheck.Core.Tests.Binding;

public sealed class SpeakerIdentityTests
{
    [Fact]
    public void A_pronoun_is_the_speaker_before_it()
    {
        var speakers = Speakers("“Putin distorts everything,” comments another allied source. But then he concedes: “Some allies are cautious on this aspect.”", "en");

        Assert.Equal(["another allied source", "another allied source"], speakers.Select(s => s.Name));
        Assert.All(speakers, s => Assert.Equal(SpeakerKind.Anonymous, s.Kind));
        Assert.Contains("“he” read as another allied source", speakers[1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_surname_is_the_full_name_the_source_writes()
    {
        var speakers = Speakers("Les propositions de Jens Stoltenberg avancent. Stoltenberg a déclaré que le fonds protégerait l'aide.", "fr");

        var speaker = Assert.Single(speakers);
        Assert.Equal("Jens Stoltenberg", speaker.Name);
        Assert.Equal(SpeakerKind.Named, speaker.Kind);
    }

    [Theory]
    [InlineData("Le secrétaire général Jens Stoltenberg a réuni les ministres. Le chef de l’alliance a déclaré que les alliés ont convenu d'avancer.", "fr")]
    [InlineData("Mark Rutte, secrétaire général de l’OTAN, a parlé. Le secrétaire général de l'OTAN a déclaré que le fonds sera prêt.", "fr")]
    [InlineData("NATO Secretary General Jens Stoltenberg arrived. The NATO chief said the allies agreed to move on.", "en")]
    public void A_title_is_the_person_the_source_names_with_it(string text, string language)
    {
        var speaker = Speakers(text, language).Last();

        Assert.Equal(SpeakerKind.Named, speaker.Kind);
        Assert.EndsWith(language == "fr" && text.Contains("Rutte", StringComparison.Ordinal) ? "Mark Rutte" : "Jens Stoltenberg", speaker.Name, StringComparison.Ordinal);
        Assert.Contains("whom this source names with that title", speaker.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_the_source_puts_no_name_to_stays_an_office()
    {
        var speaker = Assert.Single(Speakers("The NATO chief said the allies agreed to move on.", "en"));

        Assert.Equal(SpeakerKind.Role, speaker.Kind);
        Assert.Equal("NATO Secretary General (unnamed)", speaker.Display);
    }

    [Theory]
    [InlineData("« Aucune décision ne sera prise », a déclaré un responsable, sous couvert d’anonymat.", "fr")]
    [InlineData("Des diplomates ont déclaré qu’il était temps de donner une base durable à l'aide.", "fr")]
    [InlineData("The fund will run for five years, officials said.", "en")]
    [InlineData("“The rationale is to protect Kiev,” notes an allied source.", "en")]
    public void Unnamed_sources_are_anonymous(string text, string language)
    {
        var speaker = Assert.Single(Speakers(text, language));

        Assert.Equal(SpeakerKind.Anonymous, speaker.Kind);
        Assert.EndsWith("(anonymous)", speaker.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_the_source_does_not_resolve_is_shown_but_not_compared()
    {
        var claim = Assert.Single(TestText.Claims(TestText.Source("The fund will run for five years, the company said.")).OfType<AttributionClaim>());

        Assert.Equal(SpeakerKind.Unresolved, claim.Speaker.Kind);
        Assert.False(claim.Claim.IsBound);
    }

    [Theory]
    [InlineData("Le député Paul Lemaire a estimé que le texte était « courageux ». De son côté, la présidente de l'association Claire Vautrin a appelé au calme. « Rien ne justifie la violence », a-t-il dit.", "fr")]
    [InlineData("Senator Paul Lemaire said the bill was “brave”. The head of the union, Claire Vautrin, called for calm. “Nothing justifies violence,” he said.", "en")]
    public void A_pronoun_after_another_person_is_named_stands_for_nobody_certain(string text, string language)
    {
        var speakers = Speakers(text, language);

        Assert.DoesNotContain(speakers, s => s is not null && s.Name == "Paul Lemaire" && s.Note is not null);
    }

    [Fact]
    public void A_pronoun_with_no_other_person_named_since_is_the_speaker_before_it()
    {
        var speakers = Speakers("Le député Paul Lemaire a estimé que le texte était « courageux ». « Rien ne justifie la violence », a-t-il dit.", "fr");

        Assert.Equal(["Paul Lemaire", "Paul Lemaire"], speakers.Select(s => s.Name));
    }

    [Theory]
    [InlineData("« Une œuvre d'une grande acuité », a expliqué le jury Goncourt.", "fr")]
    [InlineData("“A work of great clarity,” said the jury Goncourt.", "en")]
    public void A_name_after_the_noun_of_a_body_is_not_a_person(string text, string language)
    {
        var speaker = Assert.Single(Speakers(text, language));

        Assert.NotEqual("Goncourt", speaker.Name);
        Assert.NotEqual(SpeakerKind.Named, speaker.Kind);
    }

    [Fact]
    public void A_hyphen_between_spaces_ends_the_speaker_of_a_formula()
    {
        var speaker = Speakers("La phrase « Une mer calme ne fait pas le marin » est bien une citation de Jules Ferrand - On en trouve des formes.", "fr")[0];

        Assert.Equal("Jules Ferrand", speaker.Name);
    }

    private static List<Speaker> Speakers(string text, string language) =>
        [.. TestText.Claims(TestText.Source(text, language)).OfType<AttributionClaim>().Select(c => c.Speaker)];
}
