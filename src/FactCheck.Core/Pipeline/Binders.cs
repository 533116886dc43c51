using System.Collections.Frozen;
using System.Collections.Immutable;
using FactCheck.Binding;
using FactCheck.Mentions;

namespace FactCheck.Pipeline;

/// <summary>
/// How each kind's mentions become claims: bound to the subject words of their sentence (<see cref="BySubject"/>, shared
/// by the figure kinds), or by a binder of the kind's own (places to what they locate, statements to their speakers).
/// </summary>
public sealed class Binders
{
    private readonly CheckPipelineBuilder pipeline;
    private readonly List<(PartOf Part, SubjectBinding Binding)> bySubject = [];
    private readonly List<(PartOf Part, Func<PipelineContext, IClaimBinder> Create)> own = [];

    internal Binders(CheckPipelineBuilder pipeline) => this.pipeline = pipeline;

    /// <summary>The kind's figures bind to the nearest subject word that takes their kind, as <paramref name="binding"/> says.</summary>
    public CheckPipelineBuilder BySubject(SubjectBinding binding)
    {
        bySubject.Add((pipeline.Current, binding));
        return pipeline;
    }

    /// <summary>The kind's mentions are bound by a binder of its own.</summary>
    public CheckPipelineBuilder Add(Func<PipelineContext, IClaimBinder> create)
    {
        own.Add((pipeline.Current, create));
        return pipeline;
    }

    internal bool Has(ClaimKind kind) => bySubject.Exists(b => b.Part.Kind == kind) || own.Exists(b => b.Part.Kind == kind);

    /// <summary>The binder of every kind: the subject binder for the kinds that bind by subject, then each kind's own.</summary>
    internal ClaimBinder Create(PipelineContext context, SubjectLexicon lexicon)
    {
        var binders = ImmutableArray.CreateBuilder<(IClaimBinder, FrozenSet<ClaimKind>)>();
        if (bySubject.Count > 0)
        {
            var bindings = bySubject.ToFrozenDictionary(b => b.Part.Kind, b => b.Binding);
            binders.Add((new SubjectBinder(lexicon, bindings), bindings.Keys.ToFrozenSet()));
        }
        foreach (var (part, create) in own) binders.Add((create(context), FrozenSet.Create(part.Kind)));
        return new ClaimBinder(binders.ToImmutable());
    }
}
