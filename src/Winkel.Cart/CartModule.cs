using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Winkel.Cart.Carts;
using Winkel.Core;

namespace Winkel.Cart;

public static class CartModule
{
    /// <summary>Registers carts. A storage adapter must register <see cref="Storage.ICartStore"/>.</summary>
    public static IHostApplicationBuilder AddCart(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CartOptions>().BindConfiguration(CartOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, CartJsonContext.Default));
        builder.Services.AddSingleton<CartService>();
        builder.Services.AddSingleton<ISignInObserver, GuestCartMerge>();
        builder.Services.AddSingleton<IPersonalDataContributor, CartData>();
        builder.Services.AddHostedService<ExpiredCartSweeper>();
        return builder;
    }
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(CartView))]
[System.Text.Json.Serialization.JsonSerializable(typeof(Carts.Cart))]
public sealed partial class CartJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
