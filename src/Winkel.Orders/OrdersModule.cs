using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Winkel.Core;
using Winkel.Orders.Checkout;
using Winkel.Orders.Orders;
using Winkel.Payments;

namespace Winkel.Orders;

public static class OrdersModule
{
    /// <summary>
    /// Registers checkout and orders. A storage adapter must register <see cref="Storage.IOrderStore"/> and
    /// <see cref="Storage.IIdempotencyStore"/>; the payments module an <see cref="IPaymentProvider"/>.
    /// </summary>
    public static IHostApplicationBuilder AddOrders(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OrdersOptions>().BindConfiguration(OrdersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, OrdersJsonContext.Default));
        builder.Services.AddSingleton<CheckoutService>();
        builder.Services.AddSingleton<OrderActions>();
        builder.Services.AddSingleton<OrderPayments>();
        builder.Services.AddSingleton<IPaymentOutcomeHandler>(sp => sp.GetRequiredService<OrderPayments>());
        builder.Services.AddSingleton<IPersonalDataContributor, OrderData>();
        builder.Services.AddHostedService<ReservationExpiry>();
        builder.Services.AddSingleton<PaymentReconciliation>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PaymentReconciliation>());
        builder.Services.AddHostedService<IdempotencyKeySweeper>();
        return builder;
    }
}
