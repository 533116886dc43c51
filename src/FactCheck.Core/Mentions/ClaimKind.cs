using System.Collections.Immutable;

namespace FactCheck.Mentions;

/// <summary>
/// What a claim states: an amount of money, a count, a date... <see cref="Name"/> is the report's <c>kind</c> value and the
/// word factcheck.yml uses for it. A kind is a value, not an enum member, so that a library user can add one
/// (<c>Pipeline/IClaimKind</c>); the built-in ones are the static members below.
/// </summary>
public sealed record ClaimKind(string Name)
{
    /// <summary>An amount of money: "€100bn", "100 milliards de dollars".</summary>
    public static readonly ClaimKind Money = new("money") { TakesTolerance = true };

    /// <summary>A count of something: "32 allies", "32 membres".</summary>
    public static readonly ClaimKind Quantity = new("quantity") { TakesTolerance = true };

    /// <summary>A share: "2% of GDP", "2 % du PIB".</summary>
    public static readonly ClaimKind Percentage = new("percentage") { TakesTolerance = true };

    /// <summary>A point in time: "9 July 2024", "le mois dernier".</summary>
    public static readonly ClaimKind Date = new("date");

    /// <summary>A length of time: "over five years", "sur cinq ans".</summary>
    public static readonly ClaimKind Duration = new("duration") { TakesTolerance = true };

    /// <summary>A place: "Wiesbaden", "Bruxelles".</summary>
    public static readonly ClaimKind Place = new("place");

    /// <summary>A statement given to a speaker: a quote or reported speech. Its rule matches statements by their words itself.</summary>
    public static readonly ClaimKind Attribution = new("attribution") { MatchedByItsRule = true };

    /// <summary>The kinds FactCheck ships, in the order reports and messages list them.</summary>
    public static ImmutableArray<ClaimKind> BuiltIn { get; } = [Money, Quantity, Percentage, Date, Duration, Place, Attribution];

    /// <summary>
    /// True when the kind's values are figures read to a precision, so that a subject's <c>tolerance</c> in factcheck.yml
    /// widens them; a date, a place or a speaker has none, and a tolerance given to one is a mistake.
    /// </summary>
    public bool TakesTolerance { get; init; }

    /// <summary>
    /// True when the kind's comparison rule finds which claims are one statement itself (statements by their words), from
    /// all the claims of a story; the claims of other kinds are aligned by their frames first.
    /// </summary>
    public bool MatchedByItsRule { get; init; }

    /// <summary>The name, as reports write it.</summary>
    public override string ToString() => Name;
}
