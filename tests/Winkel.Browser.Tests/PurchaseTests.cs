using Microsoft.Playwright;

namespace Winkel.Browser.Tests;

/// <summary>Whole purchases through the pages, as a shopper makes them.</summary>
public sealed class PurchaseTests(StoreFixture store)
{
    [Fact]
    public async Task GuestPurchase_EndsOnConfirmation_WhenThreeDSecureIsApproved()
    {
        var page = await store.NewPageAsync();
        await page.GotoAsync("/");
        await StoreFixture.ScreenshotAsync(page, "home");

        await OpenFirstProductAsync(page);
        await StoreFixture.ScreenshotAsync(page, "product");
        await page.GetByRole(AriaRole.Button, new() { Name = "In winkelwagen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Toegevoegd");
        await StoreFixture.ScreenshotAsync(page, "cart");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bestellen", Exact = true }).ClickAsync();

        await FillAddressAsync(page, guestEmail: "gast@example.nl");
        await page.GetByLabel("Kaart met 3-D Secure (testkaart)").CheckAsync();
        await StoreFixture.ScreenshotAsync(page, "checkout");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestellen en betalen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm your payment" })).ToBeVisibleAsync();
        await StoreFixture.ScreenshotAsync(page, "3ds-challenge");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bedankt voor je bestelling!" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Betaald");
        await StoreFixture.ScreenshotAsync(page, "confirmation");
    }

    internal static async Task OpenFirstProductAsync(IPage page)
    {
        await page.Locator("main .card a").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("price")).ToBeVisibleAsync();
    }

    internal static async Task FillAddressAsync(IPage page, string? guestEmail)
    {
        await page.GetByLabel("Volledige naam").FillAsync("Sanne de Vries");
        if (guestEmail is not null)
        {
            await page.GetByLabel("E-mailadres").FillAsync(guestEmail);
        }
        await page.GetByLabel("Straat en huisnummer").FillAsync("Damrak 1");
        await page.GetByLabel("Postcode").FillAsync("1012 LG");
        await page.GetByLabel("Plaats").FillAsync("Amsterdam");
    }
}
