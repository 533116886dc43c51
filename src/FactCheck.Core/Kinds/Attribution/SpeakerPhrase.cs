namespace FactCheck.Kinds.Attribution;

/// <summary>How a speaker is written.</summary>
public enum SpeakerForm
{
    /// <summary>A name, perhaps with a title: "Jens Stoltenberg", "Secretary General Jens Stoltenberg", "Mme Dahl", "la CGT".</summary>
    Name,

    /// <summary>A pronoun standing for a speaker named before: "he", "elle", "a-t-il dit".</summary>
    Pronoun,

    /// <summary>A description with no name: "an allied source", "le chef de l'alliance", "the company".</summary>
    Description,
}

/// <summary>
/// The words a statement is given to, as written: <c>[Start, End)</c> relative to the mention's sentence.
/// <see cref="Anonymous"/> is true for an unnamed source ("an allied source", "un responsable, sous couvert d'anonymat").
/// <see cref="Apposition"/> is what the text says the speaker is ("NATO Secretary General" in "Jens Stoltenberg, NATO Secretary General, said"), or null.
/// </summary>
public sealed record SpeakerPhrase(int Start, int End, string Text, SpeakerForm Form, bool Anonymous, string? Apposition = null);
