using System.Collections.Immutable;
using FactCheck.Mentions;

namespace FactCheck.Pipeline;

/// <summary>
/// The mention sources the kinds register, in the order they run: where two kinds read the same words, the first wins, so
/// a kind states its place by type ("before the count source: €5bn is money, not a count"), never by list position.
/// </summary>
public sealed class MentionSources
{
    private readonly CheckPipelineBuilder pipeline;
    private readonly List<(PartOf Part, Func<PipelineContext, IMentionSource> Create, Type? Anchor, bool Before)> registered = [];

    internal MentionSources(CheckPipelineBuilder pipeline) => this.pipeline = pipeline;

    /// <summary>Adds a source that no other must run before or after.</summary>
    public CheckPipelineBuilder Add(Func<PipelineContext, IMentionSource> create) => Register(create, null, false);

    /// <summary>Adds a source to run just before the source of type <typeparamref name="T"/>.</summary>
    public CheckPipelineBuilder InsertBefore<T>(Func<PipelineContext, IMentionSource> create) where T : IMentionSource => Register(create, typeof(T), true);

    /// <inheritdoc cref="InsertBefore{T}(Func{PipelineContext, IMentionSource})"/>
    public CheckPipelineBuilder InsertBefore<T>(IMentionSource source) where T : IMentionSource => Register(_ => source, typeof(T), true);

    /// <summary>Adds a source to run just after the source of type <typeparamref name="T"/>.</summary>
    public CheckPipelineBuilder InsertAfter<T>(Func<PipelineContext, IMentionSource> create) where T : IMentionSource => Register(create, typeof(T), false);

    internal bool Has(ClaimKind kind) => registered.Exists(r => r.Part.Kind == kind);

    /// <summary>
    /// Every source, in order: those added without a place in the order they were added, then each placed one just before
    /// (or after) the first source of its anchor's type, in the order they were registered.
    /// </summary>
    internal ImmutableArray<IMentionSource> Create(PipelineContext context)
    {
        var order = new List<IMentionSource>();
        var pending = new List<(PartOf Part, IMentionSource Source, Type Anchor, bool Before)>();
        foreach (var (part, create, anchor, before) in registered)
        {
            var source = create(context);
            if (anchor is null) order.Add(source);
            else pending.Add((part, source, anchor, before));
        }
        while (pending.Count > 0)
        {
            var next = pending.FindIndex(p => order.Exists(s => s.GetType() == p.Anchor));
            if (next < 0)
            {
                var (part, _, anchor, before) = pending[0];
                throw new InvalidOperationException(
                    $"The claim kind '{part.Kind}' ({part.Owner}) puts its mention source {(before ? "before" : "after")} {anchor.Name}, which no registered kind adds.");
            }
            var (_, source, type, first) = pending[next];
            var at = order.FindIndex(s => s.GetType() == type);
            order.Insert(first ? at : at + 1, source);
            pending.RemoveAt(next);
        }
        return [.. order];
    }

    private CheckPipelineBuilder Register(Func<PipelineContext, IMentionSource> create, Type? anchor, bool before)
    {
        registered.Add((pipeline.Current, create, anchor, before));
        return pipeline;
    }
}
