namespace FactCheck.Kinds.Attribution;

/// <summary>What kind of speaker a statement is given to; it decides which attributions can contradict each other.</summary>
public enum SpeakerKind
{
    /// <summary>A named person or organization: "Jens Stoltenberg", "NATO".</summary>
    Named,

    /// <summary>An office the source does not put a name to: "the NATO chief".</summary>
    Role,

    /// <summary>An unnamed source: "an allied source", "un responsable, sous couvert d'anonymat", "officials".</summary>
    Anonymous,

    /// <summary>A description the source does not resolve ("the company", "les enquêteurs"): shown, never compared.</summary>
    Unresolved,
}

/// <summary>
/// Who a statement is given to, after one identity per person within its source: <see cref="Name"/> is the fullest name the
/// source gives ("Jens Stoltenberg" for "Stoltenberg", "he" or "le chef de l'alliance"), the office of a role, or the
/// description as written. <see cref="Note"/> says how the words were read when they are not the name itself.
/// </summary>
public sealed record Speaker(string Name, SpeakerKind Kind, string? Note = null)
{
    /// <summary>True when the source says this speaker did not say it ("never said", "wrongly attributed to").</summary>
    public bool Denied { get; init; }

    /// <summary>The speaker as an editor reads it: "Jens Stoltenberg", "an allied source (anonymous)", "not Edmund Burke".</summary>
    public string Display => Denied ? "not " + Shown : Shown;

    private string Shown => Kind switch
    {
        SpeakerKind.Anonymous => $"{Name} (anonymous)",
        SpeakerKind.Role => $"{Name} (unnamed)",
        _ => Name,
    };
}
