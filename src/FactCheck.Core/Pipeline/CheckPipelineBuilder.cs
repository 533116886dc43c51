using FactCheck.Binding;
using FactCheck.Inputs;
using FactCheck.Languages;
using FactCheck.Mentions;
using FactCheck.Rules;

namespace FactCheck.Pipeline;

/// <summary>
/// Collects the parts every kind registers (<see cref="IClaimKind.Setup"/>) and builds the stages of a run from them:
/// the recognizer, binder, normalizer and comparer, the rules and the JSON values. A kind that misses a part, a rule file
/// no registered kind runs, or a source placed before a source nobody adds makes <see cref="Build"/> throw: those are
/// mistakes in the kinds, not the user's. The user's mistakes (an unknown kind in factcheck.yml, a bad places file) come
/// back as a <see cref="UserError"/>.
/// </summary>
public sealed class CheckPipelineBuilder
{
    private readonly List<(IClaimKind Kind, PartOf Part)> kinds = [];
    private PartOf? current;

    /// <summary>A builder with no kinds; <see cref="Add"/> them.</summary>
    public CheckPipelineBuilder()
    {
        Mentions = new MentionSources(this);
        Binders = new Binders(this);
        Normalizers = new Normalizers(this);
        Rules = new ComparisonRules(this);
        Values = new ValueWriters(this);
        Inputs = new KindInputs(this);
    }

    /// <summary>The mention sources, in the order they run.</summary>
    public MentionSources Mentions { get; }

    /// <summary>How each kind's mentions are bound to what they are about.</summary>
    public Binders Binders { get; }

    /// <summary>The normalizer of each kind.</summary>
    public Normalizers Normalizers { get; }

    /// <summary>The comparison rules of each kind.</summary>
    public ComparisonRules Rules { get; }

    /// <summary>The JSON value writer of each kind's claims.</summary>
    public ValueWriters Values { get; }

    /// <summary>What kinds load for a run before their parts are built.</summary>
    public KindInputs Inputs { get; }

    /// <summary>The kind whose <see cref="IClaimKind.Setup"/> is running: the owner of every part registered now.</summary>
    internal PartOf Current => current ?? throw new InvalidOperationException("Parts are registered from a kind's Setup (CheckPipelineBuilder.Add).");

    /// <summary>Adds <paramref name="kind"/>: runs its <see cref="IClaimKind.Setup"/>, every part it registers being its own.</summary>
    public CheckPipelineBuilder Add(IClaimKind kind)
    {
        if (kinds.Exists(k => k.Part.Kind.Name == kind.Kind.Name))
            throw new InvalidOperationException($"Two registered kinds are named '{kind.Kind}' ({kinds.First(k => k.Part.Kind.Name == kind.Kind.Name).Part.Owner}, {kind.GetType().Name}).");
        var part = new PartOf(kind.Kind, kind.GetType().Name);
        kinds.Add((kind, part));
        current = part;
        try
        {
            kind.Setup(this);
        }
        finally
        {
            current = null;
        }
        return this;
    }

    /// <summary>The stages for <paramref name="options"/> (its configuration and inputs), or the user's first mistake in them.</summary>
    public (CheckStages? Stages, UserError? Error) Build(CheckOptions options)
    {
        foreach (var (_, part) in kinds) CheckParts(part);
        var registered = kinds.Select(k => k.Part.Kind).ToList();
        var (languages, languagesError) = LanguagePacks.Load(options.LanguageFiles, options.WorkingDirectory);
        if (languages is null) return (null, languagesError);
        var (rules, rulesError) = RuleSet.Build(Rules.Files(registered), options.Configuration);
        if (rules is null) return (null, rulesError);
        if ((ConfiguredKinds.Check(options.Configuration, registered) ?? ConfiguredLanguages.Check(options.Configuration, languages)) is { } configError)
            return (null, configError);
        var inputs = new Dictionary<Type, object>();
        var context = new PipelineContext(options, rules, languages, inputs);
        if (Inputs.Load(context, inputs) is { } inputError) return (null, inputError);
        var lexicon = SubjectLexicon.Build(options.Configuration, name => registered.First(k => k.Name == name));
        return (new CheckStages(rules, new MentionRecognizer(Mentions.Create(context)), Binders.Create(context, lexicon), Normalizers.Create(context),
            new Comparison.ClaimComparer(Rules.Create(context)), Values.Create(), [.. registered]) { Languages = languages }, null);
    }

    private void CheckParts(PartOf part)
    {
        var missing = !Mentions.Has(part.Kind) ? "no mention source: nothing would find its claims"
            : !Binders.Has(part.Kind) ? "no binding: its mentions would never become claims"
            : !Normalizers.Has(part.Kind) ? "no normalizer: its claims would vanish"
            : !Rules.Has(part.Kind) ? "no comparison rule: its claims would never be compared"
            : !Values.Has(part.Kind) ? "no JSON value writer: a JSON report of its claims would fail"
            : null;
        if (missing is not null) throw new InvalidOperationException($"The claim kind '{part.Kind}' ({part.Owner}) registers {missing}.");
    }
}
