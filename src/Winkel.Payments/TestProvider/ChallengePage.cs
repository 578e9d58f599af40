using System.Globalization;
using System.Net;
using Winkel.Core;
using Winkel.Payments.Storage;

namespace Winkel.Payments.TestProvider;

/// <summary>
/// The test provider's 3-D Secure page: self-contained HTML (inline style, no script, no outside
/// assets) with Approve and Fail buttons in plain POST forms that carry the payment's challenge nonce.
/// </summary>
internal static class ChallengePage
{
    public static string Waiting(TestPayment payment)
    {
        var action = WebUtility.HtmlEncode(TestPaymentProvider.ChallengePath(payment.PaymentId));
        var nonce = WebUtility.HtmlEncode(payment.ChallengeNonce);
        return Layout("Confirm your payment", $"""
            <p>Your bank asks you to confirm this payment. This is the test payment provider: no real card or bank is involved.</p>
            {Details(payment)}
            <div class="actions">
              <form method="post" action="{action}/approve"><input type="hidden" name="nonce" value="{nonce}"><button type="submit" class="approve">Approve</button></form>
              <form method="post" action="{action}/fail"><input type="hidden" name="nonce" value="{nonce}"><button type="submit" class="fail">Fail</button></form>
            </div>
            """);
    }

    public static string Finished(TestPayment payment, string returnUrl) => Layout("Payment already completed", $"""
        <p>This payment is no longer waiting for confirmation. Its status: <strong>{WebUtility.HtmlEncode(payment.Status.ToWire())}</strong>.</p>
        {Details(payment)}
        <p><a href="{WebUtility.HtmlEncode(returnUrl)}">Return to the store</a></p>
        """);

    public static string NotFound() => Layout("Payment not found", "<p>There is no payment waiting for confirmation at this address.</p>");

    public static string BadRequest() => Layout("This confirmation is not valid",
        "<p>The form was not sent from this payment's confirmation page, or it has expired. Open the payment link again.</p>");

    private static string Details(TestPayment payment)
    {
        var amount = Money.FromCents(payment.AmountMinor).ToString("0.00", CultureInfo.InvariantCulture);
        return $"""
            <dl>
              <dt>Amount</dt><dd class="amount">{WebUtility.HtmlEncode(payment.Currency)} {amount}</dd>
              <dt>Order</dt><dd>{WebUtility.HtmlEncode(payment.OrderId)}</dd>
              <dt>Payment</dt><dd>{WebUtility.HtmlEncode(payment.PaymentId)}</dd>
            </dl>
            """;
    }

    private static string Layout(string title, string body) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{WebUtility.HtmlEncode(title)}} – Winkel test payments</title>
        <style>
          body { font: 16px/1.5 system-ui, sans-serif; background: #f4f4f6; color: #1d1d1f; margin: 0; }
          main { max-width: 28rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: .75rem; box-shadow: 0 1px 4px #0002; }
          h1 { font-size: 1.4rem; margin-top: 0; }
          dl { display: grid; grid-template-columns: auto 1fr; gap: .25rem 1rem; }
          dt { color: #666; } dd { margin: 0; word-break: break-all; } .amount { font-weight: 700; font-size: 1.2rem; }
          .actions { display: flex; gap: 1rem; margin-top: 1.5rem; } form { flex: 1; }
          button { width: 100%; padding: .75rem; font-size: 1rem; border: 0; border-radius: .5rem; cursor: pointer; color: #fff; }
          .approve { background: #1a7f37; } .fail { background: #b42318; }
          .badge { display: inline-block; font-size: .75rem; background: #ffe08a; padding: 0 .5rem; border-radius: 1rem; }
        </style>
        </head>
        <body>
        <main>
        <span class="badge">TEST MODE</span>
        <h1>{{WebUtility.HtmlEncode(title)}}</h1>
        {{body}}
        </main>
        </body>
        </html>
        """;
}
