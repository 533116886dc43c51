using System.Reflection;
using System.Reflection.Emit;
using System.Text.Json;
using FactCheck.Binding;
using FactCheck.Comparison;
using FactCheck.Mentions;
using FactCheck.Normalization;
using FactCheck.Pipeline;

namespace FactCheck.Core.Tests;

/// <summary>
/// The pipeline's shape, checked on the compiled library: data flows forward only, and public classes are sealed. Every
/// type gets a layer: the inputs (Inputs, Languages, Configuration, Rules) that every stage may read, then the stages in
/// the order they run. A type of a stage folder is in that stage; a type of <c>Kinds/&lt;Kind&gt;/</c> is in the stage of
/// what it is (a mention or its source: Mentions; a binder: Binding; a normalizer or normalized claim: Normalization; a
/// comparison rule: Comparison; a JSON value writer: Reporting; the kind's registration: Pipeline), and a helper in the
/// earliest stage of the types that use it. References are read from signatures and from the IL of every method body,
/// so a call hidden in a method is seen too.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Layers =
        ["Inputs", "Languages", "Configuration", "Rules", "Sources", "Sentences", "Analysis", "Mentions", "Binding", "Frames", "Stories", "Normalization", "Alignment", "Comparison", "Reporting", "Pipeline"];
    private static readonly string[] StageNames = Layers[4..];
    private static readonly Type[] CoreTypes = typeof(FactChecker).Assembly.GetTypes();
    private static readonly Lazy<Dictionary<Type, int>> Assigned = new(() => Assign(CoreTypes));

    public static TheoryData<string> LayerNames => [.. Layers];

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void A_layer_never_refers_to_a_later_one(string layer)
    {
        var index = Array.IndexOf(Layers, layer);

        var offenders = Assigned.Value.Where(a => a.Value == index)
            .SelectMany(a => ReferencedTypes(a.Key).Where(r => Assigned.Value.TryGetValue(Outermost(r), out var other) && other > index)
                .Select(r => $"{a.Key.FullName} -> {r.FullName} ({Layers[Assigned.Value[Outermost(r)]]})"))
            .Distinct().Order().ToList();

        Assert.True(Assigned.Value.ContainsValue(index), $"no type is in {layer}");
        Assert.True(offenders.Count == 0, $"{layer} refers to a later layer:\n{string.Join("\n", offenders)}");
    }

    [Fact]
    public void Every_type_of_a_kind_has_a_stage()
    {
        var unplaced = CoreTypes.Where(t => t.Namespace?.StartsWith("FactCheck.Kinds.", StringComparison.Ordinal) == true && !IsGenerated(t) && t.DeclaringType is null)
            .Where(t => !Assigned.Value.ContainsKey(t)).Select(t => t.FullName).ToList();

        Assert.Empty(unplaced);
    }

    [Fact]
    public void Kinds_own_their_parts_and_the_stages_keep_only_the_generic_engines()
    {
        var kindParts = CoreTypes.Where(t => t.Namespace is { } ns && StageNames.Any(s => ns == "FactCheck." + s) && !t.IsAbstract && !t.IsInterface
            && (typeof(IClaimKind).IsAssignableFrom(t) || (typeof(Mention).IsAssignableFrom(t) && t != typeof(Mention))));

        Assert.Empty(kindParts.Select(t => t.FullName));
        Assert.DoesNotContain(CoreTypes, t => t.Namespace == "FactCheck.Rules" && t.Name == "EmbeddedData");
    }

    [Fact]
    public void The_reader_sees_a_type_used_only_inside_a_method_body() =>
        Assert.Contains(typeof(MentionRecognizer), ReferencedTypes(typeof(BodyOnly)));

    [Fact]
    public void Public_classes_of_the_library_are_sealed_or_static()
    {
        var open = CoreTypes.Where(t => t.IsPublic && t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName).ToList();

        Assert.Empty(open);
    }

    /// <summary>The layer of every type of the library that has one (generated types count as the type they belong to).</summary>
    private static Dictionary<Type, int> Assign(Type[] types)
    {
        var assigned = new Dictionary<Type, int>();
        var outer = types.Where(t => t.DeclaringType is null && !IsGenerated(t)).ToList();
        foreach (var type in outer)
        {
            var ns = type.Namespace ?? "";
            if (Array.IndexOf(Layers, ns.Replace("FactCheck.", "", StringComparison.Ordinal)) is var layer and >= 0 && ns.StartsWith("FactCheck.", StringComparison.Ordinal)) assigned[type] = layer;
            else if (ns.StartsWith("FactCheck.Kinds.", StringComparison.Ordinal) && StageByRole(type) is { } stage) assigned[type] = Array.IndexOf(Layers, stage);
        }
        // A helper of a kind is in the earliest stage of the types that use it; repeated, since helpers use helpers.
        var helpers = outer.Where(t => t.Namespace?.StartsWith("FactCheck.Kinds.", StringComparison.Ordinal) == true && !assigned.ContainsKey(t)).ToHashSet();
        var users = outer.ToDictionary(t => t, t => ReferencedTypes(t).Select(Outermost).Where(helpers.Contains).ToHashSet());
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var helper in helpers.Where(h => !assigned.ContainsKey(h)).ToList())
            {
                var stages = users.Where(u => u.Key != helper && u.Value.Contains(helper) && assigned.ContainsKey(u.Key)).Select(u => assigned[u.Key]).ToList();
                if (stages.Count == 0) continue;
                // Placed by its users only when all of them are placed, so that the earliest is known.
                if (users.Any(u => u.Key != helper && u.Value.Contains(helper) && !assigned.ContainsKey(u.Key) && helpers.Contains(u.Key))) continue;
                assigned[helper] = stages.Min();
                changed = true;
            }
            if (!changed && helpers.FirstOrDefault(h => !assigned.ContainsKey(h) && users.Any(u => u.Key != h && u.Value.Contains(h) && assigned.ContainsKey(u.Key))) is { } cyclic)
            {
                assigned[cyclic] = users.Where(u => u.Key != cyclic && u.Value.Contains(cyclic) && assigned.ContainsKey(u.Key)).Min(u => assigned[u.Key]);
                changed = true;
            }
        }
        return assigned;
    }

    /// <summary>The stage of a kind's part, from what it derives from or implements; null for a helper.</summary>
    private static string? StageByRole(Type type)
    {
        if (typeof(IClaimKind).IsAssignableFrom(type)) return "Pipeline";
        if (typeof(IComparisonRule).IsAssignableFrom(type)) return "Comparison";
        if (typeof(IClaimNormalizer).IsAssignableFrom(type) || typeof(NormalizedClaim).IsAssignableFrom(type)) return "Normalization";
        if (typeof(IClaimBinder).IsAssignableFrom(type)) return "Binding";
        if (typeof(Mention).IsAssignableFrom(type) || typeof(IMentionSource).IsAssignableFrom(type)) return "Mentions";
        if (type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Any(m => m.GetParameters().FirstOrDefault()?.ParameterType == typeof(Utf8JsonWriter))) return "Reporting";
        return null;
    }

    private static bool IsGenerated(Type type) =>
        type.Name.StartsWith('<') || type.Namespace?.StartsWith("FactCheck", StringComparison.Ordinal) != true || type.Name == "GlobalSuppressions";

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } declaring) type = declaring;
        return type;
    }

    /// <summary>The types <paramref name="type"/> (and the types nested in it: closures, iterators) refers to, in signatures and method bodies.</summary>
    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new List<Type>();
        foreach (var t in type.GetNestedTypes(all).SelectMany(Nested).Prepend(type))
        {
            if (t.BaseType is { } b) found.Add(b);
            found.AddRange(t.GetInterfaces());
            found.AddRange(t.GetFields(all).Select(f => f.FieldType));
            found.AddRange(t.GetProperties(all).Select(p => p.PropertyType));
            foreach (var method in t.GetMethods(all).Cast<MethodBase>().Concat(t.GetConstructors(all)))
            {
                found.AddRange(method.GetParameters().Select(p => p.ParameterType));
                if (method is MethodInfo info) found.Add(info.ReturnType);
                found.AddRange(BodyReferences(method));
            }
        }
        return found.SelectMany(Unwrap).Distinct();
    }

    private static IEnumerable<Type> Nested(Type type) =>
        type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(Nested).Prepend(type);

    /// <summary>The types a method body names: the types of the methods it calls, the fields it reads, the types it makes or tests.</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArguments = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? TwoByte[il[at + 1]] : OneByte[il[at]];
            at += il[at] == 0xFE ? 2 : 1;
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                MemberInfo? member = null;
                try
                {
                    member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                }
                catch (ArgumentException)
                {
                    // A token of a generic context the reflection API cannot rebuild: its signature types are read above.
                }
                switch (member)
                {
                    case Type named:
                        yield return named;
                        break;
                    case MethodBase called:
                        yield return called.DeclaringType!;
                        if (called.IsGenericMethod) foreach (var argument in called.GetGenericArguments()) yield return argument;
                        break;
                    case FieldInfo field:
                        yield return field.DeclaringType!;
                        yield return field.FieldType;
                        break;
                }
            }
            at += OperandSize(code.OperandType, il, at);
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int at) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    private static readonly OpCode[] OneByte = OpCodeTable(single: true);
    private static readonly OpCode[] TwoByte = OpCodeTable(single: false);

    private static OpCode[] OpCodeTable(bool single)
    {
        var table = new OpCode[256];
        foreach (var code in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!))
            if ((code.Size == 1) == single) table[(ushort)code.Value & 0xFF] = code;
        return table;
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType) return Unwrap(type.GetElementType()!);
        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Prepend(type.IsConstructedGenericType ? type.GetGenericTypeDefinition() : type) : [type];
    }

    /// <summary>Names <see cref="MentionRecognizer"/> only inside a method body.</summary>
    private static class BodyOnly
    {
        public static object Make() => typeof(MentionRecognizer);
    }
}
