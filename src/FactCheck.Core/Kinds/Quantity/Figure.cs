using FactCheck.Mentions;

namespace FactCheck.Kinds.Quantity;

/// <summary>
/// A number as written before what it counts: <c>[Start, End)</c> in the sentence, its value (<see cref="Low"/> to
/// <see cref="High"/> for a range), the value of its last significant digit (<see cref="Precision"/>), the hedge its own
/// words carry ("une trentaine": about; "dozens": more than), the value a change started from ("from 27 to 25"), whether it
/// was spelled in words, and whether a scale or a vague number ends it ("2 millions de", "dozens of"), after which "of" /
/// "de" may stand before the noun; <see cref="Scale"/> is the multiplier of its scale word ("million": 10^6).
/// </summary>
internal readonly record struct Figure(
    int Start, int End, decimal Low, decimal High, decimal Precision, Qualifier? Implied = null, decimal? Previous = null,
    bool Spelled = false, bool Scaled = false, decimal Scale = 1);
