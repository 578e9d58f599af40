using System.Text.Json;
using System.Text.RegularExpressions;
using Winkel.Core;
using Winkel.Identity.Accounts;
using Winkel.Orders.Orders;

namespace Winkel.Orders.Checkout;

/// <summary>A checkout body, read field by field: every error names its field (e.g. <c>shippingAddress.postalCode</c>).</summary>
public sealed partial record CheckoutRequest(ShippingAddress ShippingAddress, string? Email, string PaymentMethod)
{
    private static readonly string[] Fields = ["shippingAddress", "email", "paymentMethod"];
    private static readonly string[] AddressFields = ["name", "street", "postalCode", "city", "country"];
    private static readonly string[] ServerOwned = ["status", "total", "subtotal", "shipping", "vat", "items", "customerId", "orderId", "payment", "currency"];

    public static CheckoutRequest? Read(JsonElement body, IReadOnlyCollection<string> countries, bool emailRequired, FieldErrors errors)
    {
        var fields = JsonBody.Read(body, Fields, ServerOwned);
        var paymentMethod = fields.Text("paymentMethod", 1, 100);
        if (paymentMethod is not null && !PaymentMethodPattern().IsMatch(paymentMethod))
        {
            errors.Add("paymentMethod", "must be a payment-method token such as pm_card_visa, never card data.");
        }
        var email = fields.Text("email", 3, 254, required: emailRequired);
        if (email is not null && !AccountService.IsValidEmail(email))
        {
            errors.Add("email", "must be a valid email address.");
        }
        var address = ReadAddress(body, countries, errors);
        CopyErrors(fields.Errors, errors, prefix: "");
        return errors.IsEmpty ? new CheckoutRequest(address!, email, paymentMethod!) : null;
    }

    private static ShippingAddress? ReadAddress(JsonElement body, IReadOnlyCollection<string> countries, FieldErrors errors)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("shippingAddress", out var element))
        {
            if (body.ValueKind == JsonValueKind.Object)
            {
                errors.Add("shippingAddress", "is required.");
            }
            return null;
        }
        var fields = JsonBody.Read(element, AddressFields, []);
        var name = fields.Text("name", 1, 100);
        var street = fields.Text("street", 1, 200);
        var postalCode = fields.Text("postalCode", 1, 20);
        var city = fields.Text("city", 1, 100);
        var country = fields.Text("country", 2, 2)?.ToUpperInvariant();
        if (country is not null && !countries.Contains(country, StringComparer.Ordinal))
        {
            fields.Errors.Add("country", $"must be one of the countries the store ships to: {string.Join(", ", countries)}.");
        }
        else if (country is not null && postalCode is not null && !PostalCodes.IsValid(country, postalCode))
        {
            fields.Errors.Add("postalCode", $"is not a postal code of {country}.");
        }
        CopyErrors(fields.Errors, errors, prefix: "shippingAddress.");
        return fields.Errors.IsEmpty ? new ShippingAddress(name!, street!, postalCode!.ToUpperInvariant(), city!, country!) : null;
    }

    private static void CopyErrors(FieldErrors from, FieldErrors to, string prefix)
    {
        foreach (var (field, messages) in from.ToDictionary())
        {
            if (!to.Has(prefix + field))
            {
                foreach (var message in messages)
                {
                    to.Add(prefix + field, message);
                }
            }
        }
    }

    [GeneratedRegex(@"^pm_[A-Za-z0-9_]{1,96}\z")]
    private static partial Regex PaymentMethodPattern();
}
