namespace FactCheck.Stories;

/// <summary>
/// One thing a source talks about and how often: a term, a name or a place (<see cref="Kind"/>), its folded
/// <see cref="Key"/>, and <see cref="Display"/>, how the source writes it, for story labels. A struct: a profile holds dozens.
/// </summary>
public readonly record struct StoryFeature(StoryFeatureKind Kind, string Key, int Count, string Display);
