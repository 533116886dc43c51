using System.Reflection;
using FactCheck.Pipeline;

namespace FactCheck.Core.Tests;

/// <summary>The pipeline's shape, checked on the compiled library: data flows forward only and public classes are sealed.</summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Stages = ["Sources", "Sentences", "Mentions", "Binding", "Normalization", "Comparison", "Reporting", "Pipeline"];
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
    /// configures). The values it shares with the sources (dates, roles, user errors) live in Inputs, below both.
    /// </summary>
    [Theory]
    [InlineData("FactCheck.Configuration")]
    [InlineData("FactCheck.Inputs")]
    public void An_input_refers_to_no_stage(string input)
    {
        var stages = Stages.Append("Rules").Append(input == "FactCheck.Inputs" ? "Configuration" : "").Select(s => "FactCheck." + s).ToHashSet();

        var offenders = CoreTypes.Where(t => t.Namespace == input)
            .SelectMany(t => ReferencedTypes(t).Where(r => r.Namespace is { } ns && stages.Contains(ns)).Select(r => $"{t.Name} -> {r.FullName}"))
            .Distinct().ToList();

        Assert.Contains(CoreTypes, t => t.Namespace == input);
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
