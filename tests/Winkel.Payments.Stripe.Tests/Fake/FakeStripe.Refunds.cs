using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Winkel.Payments.Stripe.Tests.Fake;

public sealed partial class FakeStripe
{
    private (int Status, string Body) CreateRefund(IReadOnlyDictionary<string, string> form)
    {
        if (form.GetValueOrDefault("payment_intent") is not { } paymentId)
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "parameter_missing", "One of the following params should be provided for this request: payment_intent or charge.", "payment_intent");
        }
        if (!_intents.TryGetValue(paymentId, out var intent))
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "resource_missing", $"No such payment_intent: '{paymentId}'", "payment_intent");
        }
        if ((string?)intent["latest_charge"] is not { } chargeId || (string?)intent["status"] != "succeeded")
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "charge_not_refundable",
                $"This PaymentIntent ({paymentId}) does not have a successful charge to refund.", "payment_intent");
        }
        if (form.GetValueOrDefault("reason") is not (null or "duplicate" or "fraudulent" or "requested_by_customer"))
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "parameter_invalid_string", "Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer", "reason");
        }
        var charge = _charges[chargeId];
        var remaining = (long)charge["amount"]! - (long)charge["amount_refunded"]!;
        if (remaining == 0)
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "charge_already_refunded", $"Charge {chargeId} has already been refunded.");
        }
        long amount = remaining;
        if (form.TryGetValue("amount", out var amountText) && (!long.TryParse(amountText, out amount) || amount < 1))
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "parameter_invalid_integer", "Invalid positive integer", "amount");
        }
        if (amount > remaining)
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "amount_too_large", string.Create(CultureInfo.InvariantCulture,
                $"Refund amount ({amount / 100m:0.00}) is greater than unrefunded amount on charge ({remaining / 100m:0.00})"), "amount");
        }
        var refund = new JsonObject
        {
            ["id"] = NewId("re"),
            ["object"] = "refund",
            ["amount"] = amount,
            ["charge"] = chargeId,
            ["currency"] = (string)intent["currency"]!,
            ["payment_intent"] = paymentId,
            ["reason"] = form.GetValueOrDefault("reason"),
            ["status"] = "succeeded",
            ["created"] = Now(),
            ["metadata"] = new JsonObject(),
        };
        _refunds[(string)refund["id"]!] = refund;
        charge["amount_refunded"] = (long)charge["amount_refunded"]! + amount;
        charge["refunded"] = (long)charge["amount_refunded"]! == (long)charge["amount"]!;
        AddEvent("refund.created", refund);
        AddEvent("charge.refunded", charge);
        return (200, refund.ToJsonString());
    }

    /// <summary>Refunds the fake made, by payment.</summary>
    public IReadOnlyList<JsonObject> RefundsOf(string paymentId)
    {
        lock (_gate)
        {
            return [.. _refunds.Values.Where(r => (string?)r["payment_intent"] == paymentId).Select(r => (JsonObject)r.DeepClone())];
        }
    }

    private void AddEvent(string type, JsonObject obj) => _events.Add(new JsonObject
    {
        ["id"] = NewId("evt"),
        ["object"] = "event",
        ["api_version"] = ApiVersion,
        ["created"] = Now(),
        ["data"] = new JsonObject { ["object"] = obj.DeepClone() },
        ["livemode"] = false,
        ["pending_webhooks"] = 1,
        ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
        ["type"] = type,
    });

    private (int Status, string Body) ListEvents(IReadOnlyDictionary<string, string> query)
    {
        var limit = int.TryParse(query.GetValueOrDefault("limit"), out var l) ? Math.Clamp(l, 1, 100) : 10;
        var type = query.GetValueOrDefault("type");
        var data = new JsonArray([.. Enumerable.Reverse(_events).Where(e => type is null || (string?)e["type"] == type).Take(limit).Select(e => e.DeepClone())]);
        return (200, new JsonObject { ["object"] = "list", ["data"] = data, ["has_more"] = false, ["url"] = "/v1/events" }.ToJsonString());
    }

    private (int Status, string Body) GetEvent(string id) =>
        _events.FirstOrDefault(e => (string?)e["id"] == id) is { } found
            ? (200, found.ToJsonString())
            : Error(HttpStatusCode.NotFound, "invalid_request_error", "resource_missing", $"No such event: '{id}'", "id");
}
