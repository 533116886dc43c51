namespace FactCheck.Kinds.Place;

/// <summary>
/// A gazetteer name found in a sentence, before it is read in context: <c>[Start, End)</c> and every place the name may be.
/// A struct: a sentence's matches live only while it is read, in a list its thread keeps (<see cref="PlaceMentionSource"/>).
/// </summary>
internal readonly record struct PlaceMatch(int Start, int End, PlaceName[] Names, bool Possessive);
