using FactCheck.Kinds.Duration;
using FactCheck.Mentions;
using FactCheck.Pipeline;

namespace FactCheck.Kinds.Place;

/// <summary>
/// Places ("Wiesbaden", "Bruxelles"): loads the gazetteer with the run's places files, and registers the place source, the
/// binder to what a place locates, place-conflict and the JSON value.
/// </summary>
public sealed class PlaceKind : IClaimKind
{
    /// <inheritdoc/>
    public ClaimKind Kind => ClaimKind.Place;

    /// <inheritdoc/>
    public void Setup(CheckPipelineBuilder pipeline) => pipeline
        .Inputs.Add(context => Gazetteer.Load(context.Options.PlaceFiles, context.Configuration.Places, context.Options.WorkingDirectory, context.Languages))
        .Mentions.InsertAfter<DurationMentionSource>(context => new PlaceMentionSource(context.Get<Gazetteer>())) // "US$5bn" is money, not the US
        .Binders.Add(_ => PlaceBinder.Default)
        .Normalizers.Add(new PlaceNormalizer())
        .Rules.Add("place-conflict", context => new PlaceConflictCheck(context.Rules.Conflict("place-conflict")))
        .Values.Add<PlaceClaim>(PlaceValueJson.Write);
}
