using System.Text.Json;
using System.Text.Json.Nodes;

namespace Winkel.Server.Storefront.Web;

/// <summary>The checkout form's fields, posted as a plain HTML form.</summary>
internal sealed class CheckoutInput
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; } = "NL";
    /// <summary>A <c>pm_…</c> token: a test id chosen with the built-in provider, Stripe.js's answer with Stripe.</summary>
    public string? PaymentMethod { get; set; }

    /// <summary>Made when the form is shown, so that sending the same form twice places one order.</summary>
    public string? AttemptKey { get; set; }

    /// <summary>The form as the JSON API's checkout body, so that both are read and validated by one reader.</summary>
    public JsonElement ToBody(bool withEmail)
    {
        var body = new JsonObject
        {
            ["shippingAddress"] = new JsonObject
            {
                ["name"] = Name ?? "",
                ["street"] = Street ?? "",
                ["postalCode"] = PostalCode ?? "",
                ["city"] = City ?? "",
                ["country"] = Country ?? "",
            },
            ["paymentMethod"] = PaymentMethod ?? "",
        };
        if (withEmail)
        {
            body["email"] = Email ?? "";
        }
        return JsonSerializer.SerializeToElement(body);
    }

    /// <summary>The form field an error of the checkout reader belongs to.</summary>
    public static string FieldOf(string error) => error switch
    {
        "shippingAddress.name" => nameof(Name),
        "shippingAddress.street" => nameof(Street),
        "shippingAddress.postalCode" => nameof(PostalCode),
        "shippingAddress.city" => nameof(City),
        "shippingAddress.country" => nameof(Country),
        "email" => nameof(Email),
        _ => nameof(PaymentMethod),
    };
}
