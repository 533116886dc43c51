namespace FactCheck.Languages;

/// <summary>One word or phrase of a language pack's list, with what it means (for a map) and the line it is written on.</summary>
public readonly record struct WordEntry(string Word, string? Meaning, int Line);
