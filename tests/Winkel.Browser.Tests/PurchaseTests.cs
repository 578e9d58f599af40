using Microsoft.Playwright;

namespace Winkel.Browser.Tests;

/// <summary>Whole purchases through the pages, as shoppers make them: search, facet, product, cart, checkout, payment.</summary>
public sealed class PurchaseTests(StoreFixture store)
{
    [Fact]
    public async Task GuestPurchase_EndsOnConfirmation_WhenThreeDSecureIsApproved()
    {
        var page = await store.NewPageAsync();
        await page.GotoAsync("/");
        await StoreFixture.ScreenshotAsync(page, "home");

        await FindProductAsync(page, "laptop", screenshots: true);
        await AddToCartAsync(page, screenshot: true);
        await page.GetByRole(AriaRole.Link, new() { Name = "Bestellen", Exact = true }).ClickAsync();

        await FillAddressAsync(page, guestEmail: "gast@example.nl");
        await page.GetByLabel("Kaart met 3-D Secure (testkaart)").CheckAsync();
        await StoreFixture.ScreenshotAsync(page, "checkout");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestellen en betalen" }).ClickAsync();
        await ApproveChallengeAsync(page, screenshot: true);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bedankt voor je bestelling!" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Betaald");
        await StoreFixture.ScreenshotAsync(page, "confirmation");
    }

    [Fact]
    public async Task CustomerPurchase_ShowsTheOrderInTheAccount_WhenThreeDSecureIsApproved()
    {
        var page = await store.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Volledige naam").FillAsync("Daan Jansen");
        await page.GetByLabel("E-mailadres").FillAsync($"daan-{Guid.NewGuid():N}@example.nl");
        await page.GetByLabel("Wachtwoord").FillAsync("correct-horse-battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hallo Daan Jansen" })).ToBeVisibleAsync();

        await FindProductAsync(page, "koptelefoon", screenshots: false);
        await AddToCartAsync(page, screenshot: false);
        await page.GotoAsync("/checkout");
        await FillAddressAsync(page, guestEmail: null);
        await page.GetByLabel("Kaart met 3-D Secure (testkaart)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestellen en betalen" }).ClickAsync();
        await ApproveChallengeAsync(page, screenshot: false);
        var orderId = await page.GetByTestId("order-id").TextContentAsync();

        await page.GotoAsync("/account");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = orderId });
        await Assertions.Expect(row).ToContainTextAsync("Betaald");
        await StoreFixture.ScreenshotAsync(page, "account");
    }

    [Fact]
    public async Task DeclinedCard_ShowsWhyAndGivesTheCartBack()
    {
        var page = await store.NewPageAsync();
        await page.GotoAsync("/p/p-00000003");
        await AddToCartAsync(page, screenshot: false);
        await page.GotoAsync("/checkout");
        await FillAddressAsync(page, guestEmail: "gast@example.nl");
        await page.GetByLabel("Kaart die wordt geweigerd (testkaart)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestellen en betalen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Je betaling is geweigerd");
        await Assertions.Expect(page.GetByTestId("total")).ToBeVisibleAsync();
        await page.GotoAsync("/cart");
        await Assertions.Expect(page.Locator("tr[data-product='p-00000003']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task CheckoutForm_NamesTheField_WhenThePostalCodeIsWrong()
    {
        var page = await store.NewPageAsync();
        await page.GotoAsync("/p/p-00000003");
        await AddToCartAsync(page, screenshot: false);
        await page.GotoAsync("/checkout");
        await FillAddressAsync(page, guestEmail: "gast@example.nl");
        await page.GetByLabel("Postcode").FillAsync("ABCDE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestellen en betalen" }).ClickAsync();

        await Assertions.Expect(page.Locator("#postalCode-error")).ToHaveTextAsync("Vul een geldige postcode in voor het gekozen land.");
        await Assertions.Expect(page.GetByLabel("Volledige naam")).ToHaveValueAsync("Sanne de Vries");
    }

    /// <summary>Search from the header, narrow to in-stock products of the first brand, open the first product.</summary>
    internal static async Task FindProductAsync(IPage page, string text, bool screenshots)
    {
        await page.GetByLabel("Zoek producten").FillAsync(text);
        await page.GetByLabel("Zoek producten").PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Resultaten voor ‘{text}’" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Alleen op voorraad" }).ClickAsync();
        await page.Locator("[data-facet='brand'] a").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-facet='brand'] a[aria-current='true']")).ToHaveCountAsync(1);
        if (screenshots)
        {
            await StoreFixture.ScreenshotAsync(page, "search");
        }
        await page.Locator("main .card a").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("price")).ToBeVisibleAsync();
        if (screenshots)
        {
            await StoreFixture.ScreenshotAsync(page, "product");
        }
    }

    internal static async Task AddToCartAsync(IPage page, bool screenshot)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "In winkelwagen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Toegevoegd");
        if (screenshot)
        {
            await StoreFixture.ScreenshotAsync(page, "cart");
        }
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

    private static async Task ApproveChallengeAsync(IPage page, bool screenshot)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm your payment" })).ToBeVisibleAsync();
        if (screenshot)
        {
            await StoreFixture.ScreenshotAsync(page, "3ds-challenge");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Betaald");
    }
}
