namespace Winkel.Payments.TestProvider;

/// <summary>Where a challenge may send the shopper back to, and how the outcome is added to it (as Stripe does).</summary>
internal static class ReturnUrls
{
    public static bool IsAllowed(string? url) =>
        url is { Length: > 0 and <= 2048 }
        && ((url[0] == '/' && (url.Length == 1 || url[1] is not '/' and not '\\'))
            || (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "https" or "http"));

    /// <summary><paramref name="returnUrl"/> with <c>payment_intent</c> and <c>redirect_status</c> added to its query.</summary>
    public static string WithOutcome(string returnUrl, string paymentId, PaymentStatus status)
    {
        var fragment = returnUrl.IndexOf('#', StringComparison.Ordinal);
        var (main, hash) = fragment < 0 ? (returnUrl, "") : (returnUrl[..fragment], returnUrl[fragment..]);
        var separator = main.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return $"{main}{separator}payment_intent={Uri.EscapeDataString(paymentId)}&redirect_status={status.ToWire()}{hash}";
    }
}
