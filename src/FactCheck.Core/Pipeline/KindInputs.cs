using FactCheck.Inputs;

namespace FactCheck.Pipeline;

/// <summary>
/// What a kind reads for a run before its parts are built, that may be the user's mistake: the places kind loads the
/// gazetteer with the run's places files. The parts get it from <see cref="PipelineContext.Get{T}"/>.
/// </summary>
public sealed class KindInputs
{
    private readonly CheckPipelineBuilder pipeline;
    private readonly List<(Type Type, Func<PipelineContext, (object? Value, UserError? Error)> Load)> registered = [];

    internal KindInputs(CheckPipelineBuilder pipeline) => this.pipeline = pipeline;

    /// <summary>Loads an input of type <typeparamref name="T"/> for each run, or the user's mistake that stops it.</summary>
    public CheckPipelineBuilder Add<T>(Func<PipelineContext, (T? Value, UserError? Error)> load) where T : class
    {
        registered.Add((typeof(T), context =>
        {
            var (value, error) = load(context);
            return (value, error);
        }));
        return pipeline;
    }

    /// <summary>Loads every input into <paramref name="into"/>; the first mistake stops.</summary>
    internal UserError? Load(PipelineContext context, Dictionary<Type, object> into)
    {
        foreach (var (type, load) in registered)
        {
            var (value, error) = load(context);
            if (error is not null) return error;
            into[type] = value!;
        }
        return null;
    }
}
