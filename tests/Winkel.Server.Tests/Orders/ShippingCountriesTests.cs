using System.Net;

namespace Winkel.Server.Tests.Orders;

public sealed class ShippingCountriesTests
{
    [Fact]
    public async Task ConfiguredCountries_ReplaceTheDefaultList()
    {
        await using var host = new OrdersHost(("Winkel:Orders:ShippingCountries:0", "NL"));
        await host.AddProductAsync("ship", 5m, stock: 5);
        using var guest = await host.GuestWithCartAsync(("ship", 1));

        var toBelgium = await OrdersHost.CheckoutAsync(guest,
            new { shippingAddress = OrdersHost.Address("BE", "1000"), email = "a@example.nl", paymentMethod = "pm_card_visa" });
        var toNetherlands = await OrdersHost.CheckoutAsync(guest);

        await ProblemAssert.IsProblemAsync(toBelgium, HttpStatusCode.BadRequest, "shippingAddress.country");
        Assert.Equal(HttpStatusCode.Created, toNetherlands.StatusCode);
    }
}
