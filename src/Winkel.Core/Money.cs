namespace Winkel.Core;

/// <summary>
/// Money rules shared by every module: amounts are <see cref="decimal"/> in a currency's minor unit of
/// cents, rounded half-even (banker's rounding) as bookkeeping expects.
/// </summary>
public static class Money
{
    public const string DefaultCurrency = "EUR";

    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.ToEven);

    public static bool HasAtMostTwoDecimals(decimal amount) => decimal.Round(amount, 2) == amount;

    /// <summary>Whole cents of an amount that has at most two decimals.</summary>
    public static long ToCents(decimal amount) => (long)(amount * 100m);

    public static decimal FromCents(long cents) => cents / 100m;
}
