using System.Text.Json;
using Winkel.Core;

namespace Winkel.Payments.Tests.Core;

public sealed class CardNumbersTests
{
    [Theory]
    [InlineData("4242424242424242")]
    [InlineData("5555555555554444")]
    [InlineData("4000 0025 0000 3155")]
    [InlineData("4000-0025-0000-3155")]
    [InlineData("378282246310005")] // Amex, 15 digits
    [InlineData("3782 822463 10005")] // Amex grouping 4-6-5
    [InlineData("6011111111111117")] // Discover
    [InlineData("4222222222222")] // Visa, 13 digits
    [InlineData("6200000000000005")] // UnionPay, 16 digits
    [InlineData("  4242424242424242  ")]
    public void LooksLikeCardNumber_IsTrue_ForStripeTestNumbers(string value) =>
        Assert.True(CardNumbers.LooksLikeCardNumber(value));

    [Theory]
    [InlineData("4242424242424241")] // 16 digits, fails Luhn
    [InlineData("5555555555554445")]
    [InlineData("ord_01JD5F3K8Q7M2N4P6R8T0V2X4Z")]
    [InlineData("pm_card_visa")]
    [InlineData("+31 6 12345678")]
    [InlineData("+31 20 123 4567 890")]
    [InlineData("0031 20 123 4567 89")] // 00 prefix: no card network starts with 0
    [InlineData("1012 AB")]
    [InlineData("10115")]
    [InlineData("424242424242")] // 12 digits
    [InlineData("42424242424242424242")] // 20 digits
    [InlineData("4242  4242 4242 4242")] // double space breaks the run
    [InlineData("7777777777777777")] // 16 digits passing Luhn, but no card network starts with 7
    [InlineData("")]
    public void LooksLikeCardNumber_IsFalse_ForOtherValues(string value) =>
        Assert.False(CardNumbers.LooksLikeCardNumber(value));

    [Theory]
    [InlineData("card 4242 4242 4242 4242 exp 12/30")]
    [InlineData("Hoofdstraat 1, 4242424242424242")]
    [InlineData("pay with:5555-5555-5555-4444.")]
    public void ContainsCardNumber_IsTrue_WhenACardNumberIsInsideText(string value) =>
        Assert.True(CardNumbers.ContainsCardNumber(value));

    [Theory]
    [InlineData("Hoofdstraat 12, 1012 AB Amsterdam")]
    [InlineData("call +31 6 1234 5678 9012")]
    [InlineData("order ord-20250101-000042, invoice 2025-000042")]
    [InlineData("SKU AB4242424242424242")] // glued to letters: an id
    [InlineData("4242424242424242XY")]
    public void ContainsCardNumber_IsFalse_ForAddressesPhonesAndIds(string value) =>
        Assert.False(CardNumbers.ContainsCardNumber(value));

    [Theory]
    [InlineData("""{"shippingAddress":{"name":"A","street":"4242 4242 4242 4242"},"paymentMethod":"pm_card_visa"}""", "shippingAddress.street")]
    [InlineData("""{"paymentMethod":"4000002500003155"}""", "paymentMethod")]
    [InlineData("""{"card":5555555555554444}""", "card")]
    [InlineData("""{"notes":["fine","also 4242424242424242"]}""", "notes[1]")]
    [InlineData("""{"a":[{"b":"x"},{"b":"5555 5555 5555 4444"}]}""", "a[1].b")]
    [InlineData("\"4242424242424242\"", "body")]
    public void FindIn_NamesTheField_WhereACardNumberIs(string json, string path) =>
        Assert.Equal(path, CardNumbers.FindIn(JsonDocument.Parse(json).RootElement));

    [Fact]
    public void FindIn_ReturnsNull_ForAnOrdinaryCheckoutBody()
    {
        var body = JsonDocument.Parse("""
            { "shippingAddress": { "name": "Sanne de Vries", "street": "Keizersgracht 123", "postalCode": "1015 CJ", "city": "Amsterdam", "country": "NL" },
              "email": "sanne@example.nl", "phone": "+31 20 123 4567", "paymentMethod": "pm_card_visa", "quantity": 3, "price": 1299.99, "gift": true, "note": null }
            """).RootElement;

        Assert.Null(CardNumbers.FindIn(body));
    }
}
