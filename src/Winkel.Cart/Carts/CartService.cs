using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Winkel.Cart.Storage;
using Winkel.Catalog.Products;
using Winkel.Catalog.Storage;
using Winkel.Core;

namespace Winkel.Cart.Carts;

/// <summary>
/// Cart rules: quantities 1–99 per line, at most <see cref="CartOptions.MaxLines"/> products, never
/// more than the stock on hand, prices always from the catalog. Writes are optimistic: read, change,
/// save over the version read, and retry when another write came first.
/// </summary>
public sealed class CartService(ICartStore carts, ICatalogStore catalog, TimeProvider time, IOptions<CartOptions> options)
{
    private const int MaxAttempts = 5;

    /// <summary>A new guest cart token: <c>g_</c> and 128 random bits.</summary>
    public static string NewGuestToken() => "g_" + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// The key a guest cart is stored under: a hash of the token, so that whoever reads the store
    /// cannot take over guests' carts with what they find there.
    /// </summary>
    public static string GuestOwnerId(string guestToken) =>
        "g_" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(guestToken)))[..40];

    public static bool IsGuestToken(string? token) =>
        token is { Length: 24 } && token.StartsWith("g_", StringComparison.Ordinal) && System.Buffers.Text.Base64Url.IsValid(token.AsSpan(2));

    public async Task<CartView> GetAsync(string? ownerId, CancellationToken cancellationToken)
    {
        var cart = ownerId is null ? null : await carts.GetAsync(ownerId, time.Now(), cancellationToken);
        return cart is null ? CartView.Empty : await ViewAsync(cart, cancellationToken);
    }

    /// <summary>Adds <paramref name="quantity"/> to the product's line.</summary>
    public Task<CartResult> AddAsync(string ownerId, string productId, int quantity, CancellationToken cancellationToken) =>
        quantity is < 1 or > CartOptions.MaxQuantity
            ? Task.FromResult(CartResult.Invalid("quantity", $"must be a whole number from 1 to {CartOptions.MaxQuantity}."))
            : ChangeLineAsync(ownerId, productId, current => current + quantity, cancellationToken);

    /// <summary>Sets the product's line to <paramref name="quantity"/>; 0 removes it.</summary>
    public Task<CartResult> SetAsync(string ownerId, string productId, int quantity, CancellationToken cancellationToken) =>
        quantity is < 0 or > CartOptions.MaxQuantity
            ? Task.FromResult(CartResult.Invalid("quantity", $"must be a whole number from 0 to {CartOptions.MaxQuantity}."))
            : ChangeLineAsync(ownerId, productId, _ => quantity, cancellationToken);

    public Task<CartResult> RemoveAsync(string ownerId, string productId, CancellationToken cancellationToken) =>
        ChangeLineAsync(ownerId, productId, _ => 0, cancellationToken);

    public Task ClearAsync(string ownerId, CancellationToken cancellationToken) => carts.DeleteAsync(ownerId, cancellationToken);

    /// <summary>
    /// Moves a guest cart into the customer's: quantities of one product add up, capped at 99; lines
    /// past <see cref="CartOptions.MaxLines"/> are dropped. Checkout checks stock again in any case.
    /// </summary>
    public async Task MergeAsync(string guestOwnerId, string customerId, CancellationToken cancellationToken)
    {
        var guest = await carts.GetAsync(guestOwnerId, time.Now(), cancellationToken);
        if (guest is null)
        {
            return;
        }
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var now = time.Now();
            var cart = await carts.GetAsync(customerId, now, cancellationToken) ?? NewCart(customerId, now);
            foreach (var line in guest.Lines)
            {
                var merged = Math.Min(CartOptions.MaxQuantity, cart.QuantityOf(line.ProductId) + line.Quantity);
                if (cart.QuantityOf(line.ProductId) > 0 || cart.Lines.Count < options.Value.MaxLines)
                {
                    cart = cart.WithQuantity(line.ProductId, merged, now);
                }
            }
            if (await carts.SaveAsync(Touched(cart, now), now, cancellationToken))
            {
                await carts.DeleteAsync(guestOwnerId, cancellationToken);
                return;
            }
        }
    }

    private async Task<CartResult> ChangeLineAsync(string ownerId, string productId, Func<int, int> quantityFrom, CancellationToken cancellationToken)
    {
        var product = ProductReader.IsValidProductId(productId) ? await catalog.GetAsync(productId, cancellationToken) : null;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var now = time.Now();
            var cart = await carts.GetAsync(ownerId, now, cancellationToken) ?? NewCart(ownerId, now);
            if (cart.Lines.Count >= options.Value.MaxLines)
            {
                cart = await WithoutDeletedProductsAsync(cart, cancellationToken);
            }
            var current = cart.QuantityOf(productId);
            var quantity = quantityFrom(current);
            if (quantity > 0 && Refuse(cart, product, productId, current, quantity) is { } refusal)
            {
                return refusal;
            }
            if (quantity == 0 && current == 0)
            {
                // Nothing to remove: answer the cart as it is, without a write.
                return product is null
                    ? new CartResult(CartOutcome.ProductNotFound, Field: "productId", Message: $"There is no product with id '{productId}' in the cart or the catalog.")
                    : CartResult.Updated(cart.Version == 0 ? CartView.Empty : await ViewAsync(cart, cancellationToken));
            }
            var changed = Touched(cart.WithQuantity(productId, quantity, now), now);
            if (await carts.SaveAsync(changed, now, cancellationToken))
            {
                if (changed.Version == 1)
                {
                    CartMetrics.CartCreated();
                }
                return CartResult.Updated(await ViewAsync(changed, cancellationToken));
            }
        }
        return new CartResult(CartOutcome.Conflict, Message: "The cart was changed by another request at the same time; try again.");
    }

    private CartResult? Refuse(Carts.Cart cart, Product? product, string productId, int current, int quantity)
    {
        if (product is null)
        {
            return new CartResult(CartOutcome.ProductNotFound, Field: "productId", Message: $"There is no product with id '{productId}'.");
        }
        if (quantity > CartOptions.MaxQuantity)
        {
            return CartResult.Invalid("quantity", $"would make the line {quantity}; a line holds 1 to {CartOptions.MaxQuantity}.");
        }
        if (current == 0 && cart.Lines.Count >= options.Value.MaxLines)
        {
            return CartResult.Invalid("productId", $"cannot be added: a cart holds at most {options.Value.MaxLines} different products.");
        }
        if (product.Currency != Money.DefaultCurrency)
        {
            return CartResult.Invalid("productId", $"is priced in {product.Currency}; the cart is in {Money.DefaultCurrency}.");
        }
        if (quantity > product.Stock)
        {
            return new CartResult(CartOutcome.OutOfStock, Field: "quantity",
                Message: product.Stock == 0 ? $"'{productId}' is out of stock." : $"Only {product.Stock} of '{productId}' are in stock.");
        }
        return null;
    }

    /// <summary>Lines whose product left the catalog are invisible; they must not hold a place under the line limit either.</summary>
    private async Task<Carts.Cart> WithoutDeletedProductsAsync(Carts.Cart cart, CancellationToken cancellationToken)
    {
        var existing = (await catalog.GetManyAsync(cart.Lines.Select(l => l.ProductId).ToList(), cancellationToken))
            .Select(p => p.ProductId).ToHashSet(StringComparer.Ordinal);
        return cart with { Lines = cart.Lines.Where(l => existing.Contains(l.ProductId)).ToList() };
    }

    private Carts.Cart NewCart(string ownerId, long now) =>
        new(ownerId, $"cart_{Guid.CreateVersion7():N}", [], now, now, now, Version: 0);

    private Carts.Cart Touched(Carts.Cart cart, long now) =>
        cart with { UpdatedAt = now, ExpiresAt = now + (long)options.Value.Lifetime.TotalSeconds, Version = cart.Version + 1 };

    private async Task<CartView> ViewAsync(Carts.Cart cart, CancellationToken cancellationToken)
    {
        var products = (await catalog.GetManyAsync(cart.Lines.Select(l => l.ProductId).ToList(), cancellationToken))
            .ToDictionary(p => p.ProductId, StringComparer.Ordinal);
        var items = new List<CartItemView>(cart.Lines.Count);
        foreach (var line in cart.Lines)
        {
            // A product deleted from the catalog since it was added is left out of the view.
            if (products.TryGetValue(line.ProductId, out var product))
            {
                items.Add(new CartItemView(product.ProductId, product.Name, product.Price, line.Quantity, Money.Round(product.Price * line.Quantity)));
            }
        }
        return new CartView(cart.CartId, items, Money.Round(items.Sum(i => i.LineTotal)), Money.DefaultCurrency, cart.ExpiresAt);
    }
}
