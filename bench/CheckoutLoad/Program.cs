using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

// Checkout load on one store: many guests, each looping "put one hot product in the cart, check out",
// for a fixed time; or, with --mode cart, only cart writes. Prints throughput, latency and, for
// checkout, whether any unit was sold twice (stock before - stock after must equal the units ordered).
var options = Options.Parse(args);
using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Customers, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
using var http = new HttpClient(handler) { BaseAddress = new Uri(options.Url), Timeout = TimeSpan.FromSeconds(30) };

var stockBefore = new Dictionary<string, int>();
foreach (var product in options.Products)
{
    stockBefore[product] = await StockAsync(product);
}

var latencies = new ConcurrentBag<double>();
var statuses = new ConcurrentDictionary<int, int>();
var unitsOrdered = new ConcurrentDictionary<string, int>();
var stopAt = Stopwatch.GetTimestamp() + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
var started = Stopwatch.GetTimestamp();
await Task.WhenAll(Enumerable.Range(0, options.Customers).Select(CustomerAsync));
var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;

var sorted = latencies.OrderBy(l => l).ToArray();
double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
var ok = statuses.Where(s => s.Key is 200 or 201).Sum(s => s.Value);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"mode={options.Mode} customers={options.Customers} duration={elapsed:F1}s requests={sorted.Length} ok={ok} rate={ok / elapsed:F0}/s p50={Percentile(0.50):F2}ms p99={Percentile(0.99):F2}ms statuses={string.Join(',', statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}:{s.Value}"))}"));
if (options.Mode == "checkout")
{
    var oversold = 0;
    foreach (var product in options.Products)
    {
        var after = await StockAsync(product);
        var sold = unitsOrdered.GetValueOrDefault(product);
        var consistent = stockBefore[product] - after == sold && after >= 0;
        oversold += Math.Max(0, sold - stockBefore[product]);
        Console.WriteLine($"product={product} before={stockBefore[product]} after={after} ordered={sold} consistent={consistent}");
        if (!consistent)
        {
            oversold += Math.Abs(stockBefore[product] - after - sold);
        }
    }
    Console.WriteLine($"oversold={oversold}");
    return oversold == 0 ? 0 : 1;
}
return 0;

async Task CustomerAsync(int customer)
{
    var random = new Random(customer);
    string? token = null;
    while (Stopwatch.GetTimestamp() < stopAt)
    {
        var product = options.Products[random.Next(options.Products.Length)];
        // Cart mode sets a line (PUT) once the guest has a cart, so quantities stay within 1-99.
        using var add = options.Mode == "cart" && token is not null
            ? new HttpRequestMessage(HttpMethod.Put, $"/api/cart/items/{product}") { Content = JsonContent.Create(new { quantity = random.Next(1, 6) }) }
            : new HttpRequestMessage(HttpMethod.Post, "/api/cart/items") { Content = JsonContent.Create(new { productId = product, quantity = 1 }) };
        if (token is not null)
        {
            add.Headers.Add("X-Cart-Token", token);
        }
        var cartStarted = Stopwatch.GetTimestamp();
        using var added = await http.SendAsync(add);
        token ??= added.Headers.TryGetValues("X-Cart-Token", out var values) ? values.Single() : null;
        if (options.Mode == "cart")
        {
            Record((int)added.StatusCode, cartStarted);
            continue;
        }
        if (!added.IsSuccessStatusCode)
        {
            statuses.AddOrUpdate(-(int)added.StatusCode, 1, (_, n) => n + 1);
            await http.DeleteAsync("/api/cart", CancellationToken.None);
            continue;
        }
        using var checkout = new HttpRequestMessage(HttpMethod.Post, "/api/orders")
        {
            Content = JsonContent.Create(new
            {
                shippingAddress = new { name = "Load Test", street = "Damrak 1", postalCode = "1012 LG", city = "Amsterdam", country = "NL" },
                email = "load@example.nl",
                paymentMethod = "pm_card_visa",
            }),
        };
        checkout.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        checkout.Headers.Add("X-Cart-Token", token);
        var orderStarted = Stopwatch.GetTimestamp();
        using var ordered = await http.SendAsync(checkout);
        Record((int)ordered.StatusCode, orderStarted);
        if (ordered.StatusCode == HttpStatusCode.Created)
        {
            var order = await ordered.Content.ReadFromJsonAsync<JsonElement>();
            if (order.GetProperty("status").GetString() == "paid")
            {
                foreach (var line in order.GetProperty("items").EnumerateArray())
                {
                    unitsOrdered.AddOrUpdate(line.GetProperty("productId").GetString()!, line.GetProperty("quantity").GetInt32(), (_, n) => n + line.GetProperty("quantity").GetInt32());
                }
            }
        }
    }
}

void Record(int status, long startedAt)
{
    latencies.Add(Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds);
    statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
}

async Task<int> StockAsync(string productId) =>
    (await http.GetFromJsonAsync<JsonElement>($"/api/products/{productId}")).GetProperty("stock").GetInt32();

internal sealed record Options(string Url, int Customers, TimeSpan Duration, string[] Products, string Mode)
{
    public static Options Parse(string[] args)
    {
        string Value(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        return new Options(
            Value("--url", "http://127.0.0.1:8080"),
            int.Parse(Value("--customers", "64"), CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(Value("--duration", "15"), CultureInfo.InvariantCulture)),
            Value("--products", "hot-1,hot-2,hot-3").Split(','),
            Value("--mode", "checkout"));
    }
}
