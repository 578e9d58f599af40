using Microsoft.Playwright;

namespace Winkel.Browser.Tests;

public sealed class LanguageAndAdminTests(StoreFixture store)
{
    [Fact]
    public async Task LanguageSwitch_ShowsEnglishAndKeepsIt_WhenChosenOnADutchPage()
    {
        var page = await store.NewPageAsync("nl-NL");
        await page.GotoAsync("/p/p-00000005");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "In winkelwagen" })).ToBeVisibleAsync();
        var dutchPrice = await page.GetByTestId("price").TextContentAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/p/p-00000005$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" })).ToBeVisibleAsync();
        Assert.StartsWith("€ ", dutchPrice, StringComparison.Ordinal);
        Assert.Equal(dutchPrice!.Replace("€ ", "€", StringComparison.Ordinal).Replace(",", ".", StringComparison.Ordinal).Replace("..", ",", StringComparison.Ordinal),
            (await page.GetByTestId("price").TextContentAsync())!.Replace(",", "", StringComparison.Ordinal));
        await page.GotoAsync("/cart");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your cart" })).ToBeVisibleAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task Language_FollowsTheBrowser_WhenNoneWasChosen()
    {
        var page = await store.NewPageAsync("en-US");
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Our favourites" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AdminPriceChange_ShowsOnTheProductPageAtOnce()
    {
        var page = await store.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.GetByLabel("E-mailadres").FillAsync(StoreFixture.AdminEmail);
        await page.GetByLabel("Wachtwoord").FillAsync(StoreFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Producten" })).ToBeVisibleAsync();
        await StoreFixture.ScreenshotAsync(page, "admin-products");

        await page.GotoAsync("/admin/products/p-00000007");
        await page.GetByLabel("Prijs").FillAsync("1299.99");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Opgeslagen");
        await StoreFixture.ScreenshotAsync(page, "admin-product");

        await page.GotoAsync("/p/p-00000007");
        await Assertions.Expect(page.GetByTestId("price")).ToHaveTextAsync("€ 1.299,99");
    }

    [Fact]
    public async Task AdminPages_AreRefused_ToACustomer()
    {
        var page = await store.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Volledige naam").FillAsync("Eva");
        await page.GetByLabel("E-mailadres").FillAsync($"eva-{Guid.NewGuid():N}@example.nl");
        await page.GetByLabel("Wachtwoord").FillAsync("correct-horse-battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();

        var response = await page.GotoAsync("/admin/orders");

        Assert.Equal(403, response!.Status);
    }
}
