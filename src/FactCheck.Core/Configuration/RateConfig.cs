namespace FactCheck.Configuration;

/// <summary>An exchange rate the user declares: units of <see cref="Currency"/> (ISO 4217) for one euro in <see cref="Year"/>.</summary>
public sealed record RateConfig(string Currency, int Year, double PerEuro);
