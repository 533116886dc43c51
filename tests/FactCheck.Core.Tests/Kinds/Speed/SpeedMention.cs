using FactCheck.Mentions;
using FactCheck.Sentences;

namespace FactCheck.Core.Tests.Kinds.Speed;

/// <summary>"120 km/h", "75 nœuds": a speed as written, and in kilometres per hour.</summary>
public sealed record SpeedMention(Sentence Sentence, int Start, int End, decimal Value, string Unit, decimal KilometresPerHour)
    : Mention(Sentence, Start, End)
{
    /// <inheritdoc/>
    public override ClaimKind Kind => SpeedKind.Speed;
}
