using FactCheck.Inputs;

using FactCheck.Languages;

namespace FactCheck.Stories;

/// <summary>
/// What a source is about, kept once its text has been read: its language (terms match only within one), its date,
/// whether it is a draft, and its most frequent features, sorted by kind and key.
/// </summary>
public sealed record StoryProfile(string SourceId, LanguagePack Language, SourceDate? Date, SourceRole Role, StoryFeatures Features);
