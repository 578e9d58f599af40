using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Winkel.Payments.Stripe.Tests.Fake;

/// <summary>One request as the fake received it (form or query parameters flattened as Stripe sends them).</summary>
public sealed record RecordedRequest(string Method, string Path, string? IdempotencyKey, string? StripeVersion, IReadOnlyDictionary<string, string> Parameters);

/// <summary>
/// A local Stripe API on Kestrel (127.0.0.1, a free port) that follows Stripe's documented request and
/// response shapes for PaymentIntents, Refunds and Events: form-encoded parameters with bracketed keys,
/// <c>Authorization: Bearer sk_…</c>, <c>Stripe-Version</c>, <c>Idempotency-Key</c> replay (and 400 for a key
/// reused with other parameters), errors as <c>{ error: { type, code, decline_code, param, message } }</c>.
/// It refuses what Stripe refuses (a missing or too small amount, an unknown payment method, a relative
/// return URL…), so a test that passes against it shows Winkel's requests are right. Stripe's test
/// payment methods decide outcomes. Faults can be injected: 429s, and answers lost after the work was done.
/// </summary>
public sealed partial class FakeStripe : IAsyncDisposable
{
    public const string SecretKey = "sk_test_51FakeWinkelSecretKey";
    public const string PublishableKey = "pk_test_51FakeWinkelPublishableKey";
    public const string WebhookSecret = "whsec_fake_winkel_webhook_secret_0123456789";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, JsonObject> _intents = [];
    private readonly Dictionary<string, JsonObject> _charges = [];
    private readonly Dictionary<string, JsonObject> _refunds = [];
    private readonly List<JsonObject> _events = [];
    private readonly Dictionary<string, (string Fingerprint, int Status, string Body)> _idempotency = [];
    private int _failNext;
    private HttpStatusCode _failStatus;
    private int _dropNext;
    private bool _down;
    private int _inFlight;
    private int _maxInFlight;

    private FakeStripe(WebApplication app, string apiVersion)
    {
        _app = app;
        ApiVersion = apiVersion;
    }

    /// <summary>The API version requests must carry (the one Stripe.net is pinned to).</summary>
    public string ApiVersion { get; }

    public string BaseUrl { get; private set; } = "";

    /// <summary>
    /// Where <c>next_action.redirect_to_url.url</c> sends the shopper for 3-D Secure (the intent's id is appended):
    /// <c>{BaseUrl}/fake/3ds</c> unless set. A browser test sets a <c>https://hooks.stripe.com/…</c> address, as
    /// Stripe's own, and serves that page itself.
    /// </summary>
    public string? ChallengeUrl { get; set; }

    /// <summary>The settings that point a store at this fake, with Stripe sending shoppers back to <paramref name="storeUrl"/>.</summary>
    public IEnumerable<(string Key, string Value)> StoreSettings(string storeUrl) =>
    [
        ("Winkel:Payments:Provider", "Stripe"),
        ("Winkel:Payments:WebhookSecret", WebhookSecret),
        ("Winkel:Payments:Stripe:SecretKey", SecretKey),
        ("Winkel:Payments:Stripe:PublishableKey", PublishableKey),
        ("Winkel:Payments:Stripe:StoreUrl", storeUrl),
        ("Winkel:Payments:Stripe:ApiBase", BaseUrl),
    ];

    /// <summary>Posts <paramref name="evt"/> to a store's webhook as Stripe would: raw JSON, signed now (or as <paramref name="sign"/> says).</summary>
    public static async Task<HttpResponseMessage> DeliverAsync(HttpClient store, JsonObject evt, Func<string, string>? sign = null,
        CancellationToken cancellationToken = default)
    {
        var body = evt.ToJsonString();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/webhook") { Content = content };
        request.Headers.TryAddWithoutValidation("Stripe-Signature",
            sign?.Invoke(body) ?? Sign(body, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), WebhookSecret));
        return await store.SendAsync(request, cancellationToken);
    }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The most requests the fake was handling at one moment.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public static async Task<FakeStripe> StartAsync(string apiVersion)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeStripe(app, apiVersion);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    /// <summary>The next <paramref name="count"/> requests are refused with <paramref name="status"/> before doing anything.</summary>
    public void FailNext(int count, HttpStatusCode status = HttpStatusCode.TooManyRequests)
    {
        lock (_gate)
        {
            (_failNext, _failStatus) = (count, status);
        }
    }

    /// <summary>The next <paramref name="count"/> requests are carried out, then the connection is cut before the answer.</summary>
    public void DropAnswerOfNext(int count)
    {
        lock (_gate)
        {
            _dropNext = count;
        }
    }

    /// <summary>While down, every connection is cut at once (Stripe unreachable).</summary>
    public bool Down
    {
        get { lock (_gate) { return _down; } }
        set { lock (_gate) { _down = value; } }
    }

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string path) =>
        [.. Requests.Where(r => r.Method == method && r.Path == path)];

    public int IntentCount
    {
        get { lock (_gate) { return _intents.Count; } }
    }

    public JsonObject Intent(string id)
    {
        lock (_gate)
        {
            return (JsonObject)_intents[id].DeepClone();
        }
    }

    /// <summary>Events of <paramref name="type"/> about <paramref name="paymentId"/>, oldest first.</summary>
    public IReadOnlyList<JsonObject> EventsFor(string paymentId, string? type = null)
    {
        lock (_gate)
        {
            return [.. _events
                .Where(e => type is null || (string?)e["type"] == type)
                .Where(e => (string?)e["data"]!["object"]!["id"] == paymentId || (string?)e["data"]!["object"]!["payment_intent"] == paymentId)
                .Select(e => (JsonObject)e.DeepClone())];
        }
    }

    /// <summary>
    /// Stripe's webhook signature over <paramref name="body"/> at <paramref name="timestamp"/>, computed here
    /// from Stripe's documentation (HMAC-SHA256 of <c>"{t}.{body}"</c>, one <c>v1</c> per secret), not with Stripe.net.
    /// </summary>
    public static string Sign(string body, long timestamp, params string[] secrets)
    {
        var parts = new List<string> { "t=" + timestamp.ToString(CultureInfo.InvariantCulture) };
        foreach (var secret in secrets)
        {
            var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp.ToString(CultureInfo.InvariantCulture)}.{body}"));
            parts.Add("v1=" + Convert.ToHexStringLower(mac));
        }
        return string.Join(',', parts);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        try
        {
            int seen;
            while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
            {
            }
            // A little work per request, as over a real network, so that concurrent requests overlap.
            await Task.Delay(2);
            await HandleOneAsync(context);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task HandleOneAsync(HttpContext context)
    {
        var request = context.Request;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = value.ToString();
        }
        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync())
            {
                parameters[key] = value.ToString();
            }
        }
        var idempotencyKey = request.Headers["Idempotency-Key"].FirstOrDefault();
        var recorded = new RecordedRequest(request.Method, request.Path.Value ?? "", idempotencyKey, request.Headers["Stripe-Version"].FirstOrDefault(), parameters);
        Requests.Enqueue(recorded);
        bool drop;
        (int Status, string Body)? failure = null;
        lock (_gate)
        {
            if (_down)
            {
                context.Abort();
                return;
            }
            if (_failNext > 0)
            {
                _failNext--;
                failure = Error(_failStatus, "invalid_request_error", "rate_limit", "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.");
            }
            drop = failure is null && _dropNext > 0;
            if (drop)
            {
                _dropNext--;
            }
        }
        if (failure is { } refused)
        {
            await WriteAsync(context, refused.Status, refused.Body, replayed: false);
            return;
        }
        var (status, body, replayed) = Dispatch(context, recorded);
        if (drop)
        {
            context.Abort();
            return;
        }
        await WriteAsync(context, status, body, replayed);
    }

    private (int Status, string Body, bool Replayed) Dispatch(HttpContext context, RecordedRequest request)
    {
        if (context.Request.Headers.Authorization.ToString() != $"Bearer {SecretKey}")
        {
            var denied = Error(HttpStatusCode.Unauthorized, "invalid_request_error", null, "Invalid API Key provided.");
            return (denied.Status, denied.Body, false);
        }
        if (request.StripeVersion != ApiVersion)
        {
            var version = Error(HttpStatusCode.BadRequest, "invalid_request_error", "api_version_invalid", $"Invalid Stripe API version: {request.StripeVersion}");
            return (version.Status, version.Body, false);
        }
        if (request.Method == "POST" && !context.Request.HasFormContentType && context.Request.ContentLength > 0)
        {
            var form = Error(HttpStatusCode.BadRequest, "invalid_request_error", null, "Requests must be application/x-www-form-urlencoded.");
            return (form.Status, form.Body, false);
        }
        lock (_gate)
        {
            // Stripe keeps the answer to a POST with an Idempotency-Key and replays it, also a decline.
            var fingerprint = $"{request.Method} {request.Path}?" + string.Join('&', request.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
            if (request.Method == "POST" && request.IdempotencyKey is { } key && _idempotency.TryGetValue(key, out var earlier))
            {
                if (earlier.Fingerprint != fingerprint)
                {
                    var mismatch = Error(HttpStatusCode.BadRequest, "idempotency_error", null,
                        "Keys for idempotent requests can only be used with the same parameters they were first used with.");
                    return (mismatch.Status, mismatch.Body, false);
                }
                return (earlier.Status, earlier.Body, true);
            }
            var (status, body) = Route(request);
            if (request.Method == "POST" && request.IdempotencyKey is { } newKey && status != 429)
            {
                _idempotency[newKey] = (fingerprint, status, body);
            }
            return (status, body, false);
        }
    }

    private (int Status, string Body) Route(RecordedRequest request)
    {
        var segments = request.Path.Trim('/').Split('/');
        return (request.Method, segments) switch
        {
            ("POST", ["v1", "payment_intents"]) => CreateIntent(request.Parameters),
            ("GET", ["v1", "payment_intents"]) => ListIntents(request.Parameters),
            ("GET", ["v1", "payment_intents", "search"]) => SearchIntents(request.Parameters),
            ("GET", ["v1", "payment_intents", var id]) => GetIntent(id, request.Parameters),
            ("POST", ["v1", "payment_intents", var id, "cancel"]) => CancelIntent(id, request.Parameters),
            ("POST", ["v1", "refunds"]) => CreateRefund(request.Parameters),
            ("GET", ["v1", "events"]) => ListEvents(request.Parameters),
            ("GET", ["v1", "events", var id]) => GetEvent(id),
            _ => Error(HttpStatusCode.NotFound, "invalid_request_error", null, $"Unrecognized request URL ({request.Method}: {request.Path})."),
        };
    }

    private static async Task WriteAsync(HttpContext context, int status, string body, bool replayed)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.Headers["Request-Id"] = "req_" + Guid.NewGuid().ToString("N")[..14];
        if (replayed)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }
        context.Response.ContentLength = Encoding.UTF8.GetByteCount(body);
        await context.Response.WriteAsync(body);
    }

    private static (int Status, string Body) Error(HttpStatusCode status, string type, string? code, string message, string? param = null,
        string? declineCode = null, JsonObject? paymentIntent = null)
    {
        var error = new JsonObject { ["type"] = type, ["message"] = message };
        if (code is not null)
        {
            error["code"] = code;
            error["doc_url"] = $"https://stripe.com/docs/error-codes/{code.Replace('_', '-')}";
        }
        if (param is not null)
        {
            error["param"] = param;
        }
        if (declineCode is not null)
        {
            error["decline_code"] = declineCode;
        }
        if (paymentIntent is not null)
        {
            error["payment_intent"] = paymentIntent.DeepClone();
        }
        return ((int)status, new JsonObject { ["error"] = error }.ToJsonString());
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static string NewId(string prefix) => prefix + "_" + RandomNumberGenerator.GetHexString(24, lowercase: true);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
