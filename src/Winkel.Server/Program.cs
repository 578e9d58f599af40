using Winkel.Cart;
using Winkel.Catalog;
using Winkel.Identity;
using Winkel.Orders;
using Winkel.Payments;
using Winkel.Payments.Stripe;
using Winkel.Search;
using Winkel.Server.Cli;
using Winkel.Server.Platform;
using Winkel.Server.Storefront;

if (CommandLine.IsVerb(args))
{
    return await CommandLine.RunAsync(args);
}

// appsettings.json ships beside the binary, so the store starts the same from any working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddPlatform();
builder.AddStorage();
builder.AddIdentity();
builder.AddCatalog();
builder.AddCart();
builder.AddPayments();
builder.AddStripePayments();
builder.AddOrders();
builder.AddSearch();
builder.AddStorefront();

var app = builder.Build();
app.UsePlatform();
app.UseStorefront();
app.MapPlatform();
app.MapIdentityApi();
app.MapCatalogApi();
app.MapCatalogAdminApi();
app.MapCartApi();
app.MapPaymentsApi();
app.MapOrdersApi();
app.MapOrdersAdminApi();
app.MapSearchApi();
app.MapStorefront();

await app.RunAsync();
return 0;

/// <summary>The host's entry point, public for WebApplicationFactory.</summary>
public partial class Program;
