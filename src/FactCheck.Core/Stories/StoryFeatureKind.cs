namespace FactCheck.Stories;

/// <summary>What a story feature is; names and places are matched across languages, terms only within one.</summary>
public enum StoryFeatureKind
{
    /// <summary>A content word's stem in the source's language ("passag" for "passagers").</summary>
    Term,

    /// <summary>A name or a word of one, folded ("lagerfeld", "karl lagerfeld", "whatsapp"): the same in every language.</summary>
    Name,

    /// <summary>A place of the gazetteer, by id: "Nouvelle-Calédonie" and "New Caledonia" are one.</summary>
    Place,
}
