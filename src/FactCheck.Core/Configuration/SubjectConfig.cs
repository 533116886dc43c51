using System.Collections.Immutable;
using FactCheck.Inputs;

namespace FactCheck.Configuration;

/// <summary>
/// A subject of claims: its stable id, the words that name it in each language (<c>en: [levy]</c>, <c>fr: [taxe]</c>: the
/// keys are codes of language packs, checked when the stages are built), and the attributes sources state about it. A
/// subject with no declared attribute takes every kind of claim under its default name (money: "amount").
/// <see cref="Where"/> ("subjects[2]") names it in messages.
/// </summary>
public sealed record SubjectConfig(string Id, ImmutableArray<LanguageNames> Names, ImmutableArray<AttributeConfig> Attributes, string Where);
