using System.Reflection;
using FactCheck.Pipeline;

namespace FactCheck.Core.Tests;

/// <summary>The pipeline's shape, checked on the compiled library: data flows forward only and public classes are sealed.</summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Stages = ["Sources", "Sentences", "Analysis", "Mentions", "Binding", "Normalization", "Stories", "Comparison", "Reporting", "Pipeline"];
    private static readonly Type[] CoreTypes = typeof(FactChecker).Assembly.GetTypes();

    public static TheoryData<string> StageNames => [.. Stages];

    [Theory]
    [MemberData(nameof(StageNames))]
    public void A_stage_never_refers_to_a_later_stage(string stage)
    {
        var later = Stages.SkipWhile(s => s != stage).Skip(1).Select(s => "FactCheck." + s).ToHashSet();

        var offenders = CoreTypes.Where(t => t.Namespace == "FactCheck." + stage)
            .SelectMany(t => ReferencedTypes(t).Where(r => r.Namespace is { } ns && later.Contains(ns)).Select(r => $"{t.Name} -> {r.FullName}"))
            .Distinct().ToList();

        Assert.Empty(offenders);
    }

    /// <summary>
    /// Configuration is an input like the sources: every stage may read it, and it refers to no stage (nor to the rules it
    /// configures) except for these plain data types it holds or returns.
    /// </summary>
    private static readonly Type[] PlainDataTypes =
        [typeof(FactCheck.Sources.SourceDate), typeof(FactCheck.Sources.DateOrigin), typeof(FactCheck.Sources.SourceRole), typeof(FactCheck.Sources.UserError)];

    [Fact]
    public void Configuration_refers_to_no_stage_but_plain_data_types()
    {
        var configured = Stages.Append("Rules").Select(s => "FactCheck." + s).ToHashSet();

        var offenders = CoreTypes.Where(t => t.Namespace == "FactCheck.Configuration")
            .SelectMany(t => ReferencedTypes(t).Where(r => r.Namespace is { } ns && configured.Contains(ns) && !PlainDataTypes.Contains(r)).Select(r => $"{t.Name} -> {r.FullName}"))
            .Distinct().ToList();

        Assert.Contains(CoreTypes, t => t.Namespace == "FactCheck.Configuration");
        Assert.Empty(offenders);
    }

    [Fact]
    public void Public_classes_of_the_library_are_sealed_or_static()
    {
        var open = CoreTypes.Where(t => t.IsPublic && t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName).ToList();

        Assert.Empty(open);
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        IEnumerable<Type> direct =
        [
            .. type.BaseType is { } b ? [b] : Array.Empty<Type>(),
            .. type.GetInterfaces(),
            .. type.GetFields(all).Select(f => f.FieldType),
            .. type.GetProperties(all).Select(p => p.PropertyType),
            .. type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)),
            .. type.GetConstructors(all).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)),
        ];
        return direct.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType) return Unwrap(type.GetElementType()!);
        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Prepend(type) : [type];
    }
}
