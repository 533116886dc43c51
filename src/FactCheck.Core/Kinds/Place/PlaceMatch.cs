namespace FactCheck.Kinds.Place;

/// <summary>A gazetteer name found in a sentence, before it is read in context: <c>[Start, End)</c> and every place the name may be.</summary>
internal sealed record PlaceMatch(int Start, int End, PlaceName[] Names, bool Possessive);
