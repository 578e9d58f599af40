using System.Text.Json;
using System.Text.Json.Serialization;
using Winkel.Bench.Baseline;

// The ceiling for the catalog benchmark: Kestrel and minimal APIs with nothing behind them. Each request
// builds a product-shaped record (~1 KB of JSON) and System.Text.Json serializes it, as the store does,
// so the gap between the two is what the store's own work (routing, storage, mapping) costs.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, BaselineJsonContext.Default));

var app = builder.Build();
app.MapGet("/product", () => TypedResults.Ok(SampleProducts.Create(Random.Shared.Next(1, 1_000_000))));
app.MapGet("/list", () => TypedResults.Ok(SampleProducts.Page(Random.Shared.Next(1, 1_000_000), 24)));
app.MapGet("/health/ready", () => TypedResults.Ok());

await app.RunAsync();

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SampleProduct))]
[JsonSerializable(typeof(SampleListResponse))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
