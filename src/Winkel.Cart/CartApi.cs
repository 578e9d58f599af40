using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Winkel.Cart.Carts;
using Winkel.Core;
using Winkel.Core.Http;

namespace Winkel.Cart;

/// <summary>
/// The caller's cart. A signed-in customer's cart is keyed by the customer; a guest's by the token in
/// <c>X-Cart-Token</c> or the <c>winkel_cart</c> cookie, issued on the first write without one.
/// </summary>
public static class CartApi
{
    public const string TokenHeader = CartOwners.TokenHeader;
    public const string TokenCookie = CartOwners.TokenCookie;

    private static readonly string[] AddFields = ["productId", "quantity"];
    private static readonly string[] SetFields = ["quantity"];
    private static readonly string[] ServerOwned = ["unitPrice", "lineTotal", "name", "subtotal", "price", "currency", "cartId", "expiresAt"];

    public static IEndpointRouteBuilder MapCartApi(this IEndpointRouteBuilder app)
    {
        var cart = app.MapGroup("/api/cart").WithTags("Cart");
        cart.MapGet("/", GetCart).WithName(nameof(GetCart));
        cart.MapPost("/items", AddCartItem).WithName(nameof(AddCartItem));
        cart.MapPut("/items/{productId}", SetCartItem).WithName(nameof(SetCartItem));
        cart.MapDelete("/items/{productId}", RemoveCartItem).WithName(nameof(RemoveCartItem));
        cart.MapDelete("/", ClearCart).WithName(nameof(ClearCart));
        return app;
    }

    public static async Task<Ok<CartView>> GetCart(HttpContext context, CartService carts, CancellationToken cancellationToken)
    {
        context.Response.NeverCache();
        return TypedResults.Ok(await carts.GetAsync(CartOwners.OwnerOf(context), cancellationToken));
    }

    public static async Task<Results<Ok<CartView>, ValidationProblem, ProblemHttpResult>> AddCartItem(
        JsonElement body, HttpContext context, CartService carts, IOptions<CartOptions> options, CancellationToken cancellationToken)
    {
        context.Response.NeverCache();
        var fields = JsonBody.Read(body, AddFields, ServerOwned);
        var productId = fields.Text("productId", 1, 64);
        var quantity = fields.WholeNumber("quantity");
        if (!fields.Errors.IsEmpty)
        {
            return Problems.Validation(fields.Errors);
        }
        var writer = CartOwners.WriterOf(context);
        return ToHttp(context, writer, options.Value, await carts.AddAsync(writer.OwnerId, productId!, quantity!.Value, cancellationToken));
    }

    public static async Task<Results<Ok<CartView>, ValidationProblem, ProblemHttpResult>> SetCartItem(
        string productId, JsonElement body, HttpContext context, CartService carts, IOptions<CartOptions> options, CancellationToken cancellationToken)
    {
        context.Response.NeverCache();
        var fields = JsonBody.Read(body, SetFields, ServerOwned);
        var quantity = fields.WholeNumber("quantity");
        if (!fields.Errors.IsEmpty)
        {
            return Problems.Validation(fields.Errors);
        }
        var writer = CartOwners.WriterOf(context);
        return ToHttp(context, writer, options.Value, await carts.SetAsync(writer.OwnerId, productId, quantity!.Value, cancellationToken));
    }

    public static async Task<Results<Ok<CartView>, ValidationProblem, ProblemHttpResult>> RemoveCartItem(
        string productId, HttpContext context, CartService carts, IOptions<CartOptions> options, CancellationToken cancellationToken)
    {
        context.Response.NeverCache();
        if (CartOwners.OwnerOf(context) is null)
        {
            return TypedResults.Ok(CartView.Empty);
        }
        var writer = CartOwners.WriterOf(context);
        return ToHttp(context, writer, options.Value, await carts.RemoveAsync(writer.OwnerId, productId, cancellationToken));
    }

    public static async Task<NoContent> ClearCart(HttpContext context, CartService carts, CancellationToken cancellationToken)
    {
        context.Response.NeverCache();
        if (CartOwners.OwnerOf(context) is { } owner)
        {
            await carts.ClearAsync(owner, cancellationToken);
        }
        return TypedResults.NoContent();
    }

    /// <summary>The cart, or the refusal; a guest's token (new or renewed) is sent back only when the write was made.</summary>
    private static Results<Ok<CartView>, ValidationProblem, ProblemHttpResult> ToHttp(
        HttpContext context, CartWriter writer, CartOptions options, CartResult result)
    {
        CartOwners.Remember(context, writer, result, options);
        return result.Outcome switch
        {
            CartOutcome.Updated => TypedResults.Ok(result.Cart!),
            CartOutcome.Invalid => Problems.Validation(result.Field!, result.Message!),
            CartOutcome.ProductNotFound => Problems.NotFound("Product not found", result.Message!),
            CartOutcome.OutOfStock => Problems.Conflict("out-of-stock", "Not enough stock", result.Message!),
            _ => Problems.Conflict("cart-conflict", "Cart changed meanwhile", result.Message!),
        };
    }
}
