using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Winkel.Payments.Webhooks;

/// <summary>
/// The parts of a Stripe event Winkel reads: <c>{ id, type, data: { object: { id, status, metadata: { orderId } } } }</c>.
/// <see cref="PaymentId"/> and <see cref="OrderId"/> are null when the event carries none; <see cref="DeclineCode"/>
/// is <c>last_payment_error.decline_code</c> (else its <c>code</c>) of a failed payment.
/// </summary>
internal sealed record WebhookEvent(string Id, string Type, string? PaymentId, string? OrderId, string? DeclineCode = null)
{
    public const string Succeeded = "payment_intent.succeeded";
    public const string PaymentFailed = "payment_intent.payment_failed";

    private const int MaxIdLength = 255;

    /// <summary>The outcome a known event type reports, or null for types Winkel ignores.</summary>
    public PaymentStatus? Outcome => Type switch
    {
        Succeeded => PaymentStatus.Succeeded,
        PaymentFailed => PaymentStatus.Failed,
        _ => null,
    };

    /// <summary>Null when <paramref name="body"/> is not a JSON object with a string <c>id</c> and <c>type</c>.</summary>
    public static WebhookEvent? TryParse(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "id") is not { Length: <= MaxIdLength } id || Text(root, "type") is not { } type)
            {
                return null;
            }
            var payment = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("object", out var obj) && obj.ValueKind == JsonValueKind.Object ? obj : default;
            var metadata = payment.ValueKind == JsonValueKind.Object && payment.TryGetProperty("metadata", out var m) ? m : default;
            var error = payment.ValueKind == JsonValueKind.Object && payment.TryGetProperty("last_payment_error", out var e) ? e : default;
            return new WebhookEvent(id, type, Text(payment, "id"), Text(metadata, "orderId"), Text(error, "decline_code") ?? Text(error, "code"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The event the test provider sends when a payment became final. Its id is derived from the payment
    /// and the type, so that delivering it again (a retried challenge) is recognized as the same event.
    /// </summary>
    public static byte[] ForTestPayment(string paymentId, string orderId, PaymentStatus status, long amountMinor, string currency, string? declineCode, long created)
    {
        var type = status == PaymentStatus.Succeeded ? Succeeded : PaymentFailed;
        var id = "evt_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{paymentId}:{type}")))[..24];
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("object", "event");
            json.WriteString("type", type);
            json.WriteNumber("created", created);
            json.WriteBoolean("livemode", false);
            json.WriteStartObject("data");
            json.WriteStartObject("object");
            json.WriteString("id", paymentId);
            json.WriteString("object", "payment_intent");
            json.WriteNumber("amount", amountMinor);
            json.WriteString("currency", currency.ToLowerInvariant());
            // Stripe's status after a failed attempt is requires_payment_method: the intent may be retried.
            json.WriteString("status", status == PaymentStatus.Succeeded ? "succeeded" : "requires_payment_method");
            if (declineCode is not null)
            {
                json.WriteStartObject("last_payment_error");
                json.WriteString("decline_code", declineCode);
                json.WriteEndObject();
            }
            json.WriteStartObject("metadata");
            json.WriteString("orderId", orderId);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
