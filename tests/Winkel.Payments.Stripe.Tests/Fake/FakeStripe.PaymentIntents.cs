using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Winkel.Payments.Stripe.Tests.Fake;

public sealed partial class FakeStripe
{
    /// <summary>Stripe's smallest charge in cents for the currencies the fake knows.</summary>
    private static readonly Dictionary<string, long> MinimumAmount = new() { ["eur"] = 50, ["usd"] = 50, ["gbp"] = 30 };

    /// <summary>Stripe's test payment methods: (error code, decline code) for a decline, null for success; 3-D Secure ones apart.</summary>
    private static readonly Dictionary<string, (string Code, string DeclineCode)?> PaymentMethods = new()
    {
        ["pm_card_visa"] = null,
        ["pm_card_mastercard"] = null,
        ["pm_card_chargeDeclined"] = ("card_declined", "generic_decline"),
        ["pm_card_chargeDeclinedInsufficientFunds"] = ("card_declined", "insufficient_funds"),
        ["pm_card_chargeDeclinedLostCard"] = ("card_declined", "lost_card"),
        ["pm_card_chargeDeclinedStolenCard"] = ("card_declined", "stolen_card"),
        ["pm_card_chargeDeclinedFraudulent"] = ("card_declined", "fraudulent"),
        ["pm_card_chargeDeclinedExpiredCard"] = ("expired_card", "expired_card"),
        ["pm_card_chargeDeclinedIncorrectCvc"] = ("incorrect_cvc", "incorrect_cvc"),
        ["pm_card_chargeDeclinedProcessingError"] = ("processing_error", "processing_error"),
    };

    private static readonly HashSet<string> ThreeDSecureMethods = ["pm_card_authenticationRequired", "pm_card_threeDSecure2Required"];

    /// <summary>The decline codes the fake's test methods give, by method.</summary>
    public static IEnumerable<(string PaymentMethod, string DeclineCode)> Declines =>
        PaymentMethods.Where(p => p.Value is not null).Select(p => (p.Key, p.Value!.Value.DeclineCode));

    /// <summary>
    /// What the shopper does on the 3-D Secure page <c>next_action.redirect_to_url.url</c> points to: approve
    /// (the intent succeeds) or fail (back to <c>requires_payment_method</c>). Returns where Stripe then sends
    /// the browser: the intent's return URL with <c>payment_intent</c> and <c>redirect_status</c>.
    /// </summary>
    public string CompleteChallenge(string paymentId, bool approve)
    {
        lock (_gate)
        {
            var intent = _intents[paymentId];
            if ((string?)intent["status"] != "requires_action")
            {
                throw new InvalidOperationException($"{paymentId} is not waiting for 3-D Secure.");
            }
            var returnUrl = (string)intent["next_action"]!["redirect_to_url"]!["return_url"]!;
            intent["next_action"] = null;
            if (approve)
            {
                Succeed(intent);
            }
            else
            {
                intent["status"] = "requires_payment_method";
                intent["last_payment_error"] = new JsonObject
                {
                    ["type"] = "invalid_request_error",
                    ["code"] = "payment_intent_authentication_failure",
                    ["message"] = "The provided PaymentMethod has failed authentication.",
                };
                AddEvent("payment_intent.payment_failed", intent);
            }
            var separator = returnUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            return $"{returnUrl}{separator}payment_intent={paymentId}&redirect_status={(approve ? "succeeded" : "failed")}";
        }
    }

    private (int Status, string Body) CreateIntent(IReadOnlyDictionary<string, string> form)
    {
        if (!form.TryGetValue("amount", out var amountText))
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "parameter_missing", "Missing required param: amount.", "amount");
        }
        if (!long.TryParse(amountText, out var amount) || amount < 0)
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "parameter_invalid_integer", "Invalid integer: " + amountText, "amount");
        }
        if (!form.TryGetValue("currency", out var currency))
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "parameter_missing", "Missing required param: currency.", "currency");
        }
        if (!MinimumAmount.TryGetValue(currency, out var minimum))
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "parameter_invalid_string",
                $"Invalid currency: {currency}. Stripe currently supports these currencies: eur, usd, gbp (lowercase).", "currency");
        }
        if (amount < minimum)
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "amount_too_small",
                $"Amount must be at least {minimum} cents.", "amount");
        }
        var paymentMethod = form.GetValueOrDefault("payment_method");
        if (paymentMethod is not null && !PaymentMethods.ContainsKey(paymentMethod) && !ThreeDSecureMethods.Contains(paymentMethod))
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "resource_missing", $"No such PaymentMethod: '{paymentMethod}'", "payment_method");
        }
        if (form.TryGetValue("payment_method_options[card][request_three_d_secure]", out var threeDSecure) && threeDSecure is not ("automatic" or "any" or "challenge"))
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "parameter_invalid_string",
                "Invalid payment_method_options[card][request_three_d_secure]: must be one of automatic, any, or challenge",
                "payment_method_options[card][request_three_d_secure]");
        }
        var confirm = form.GetValueOrDefault("confirm") == "true";
        var returnUrl = form.GetValueOrDefault("return_url");
        if (confirm && paymentMethod is null)
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "payment_intent_unexpected_state",
                "You cannot confirm this PaymentIntent because it's missing a payment method.", "payment_method");
        }
        if (confirm && returnUrl is null)
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "parameter_missing",
                "This PaymentIntent is configured to accept payment methods enabled in your Dashboard, some of which may require a full page redirect. Please provide a `return_url`.", "return_url");
        }
        if (returnUrl is not null && !(Uri.TryCreate(returnUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"))
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "url_invalid", "Not a valid URL", "return_url");
        }
        var metadata = new JsonObject();
        foreach (var (key, value) in form.Where(p => p.Key.StartsWith("metadata[", StringComparison.Ordinal)))
        {
            var name = key["metadata[".Length..^1];
            if (name.Length > 40 || value.Length > 500)
            {
                return Error(HttpStatusCode.BadRequest, "invalid_request_error", "parameter_invalid_string", "Metadata keys are at most 40 characters and values at most 500.", key);
            }
            metadata[name] = value;
        }
        var intent = new JsonObject
        {
            ["id"] = NewId("pi"),
            ["object"] = "payment_intent",
            ["amount"] = amount,
            ["amount_received"] = 0L,
            ["currency"] = currency,
            ["status"] = "requires_payment_method",
            ["payment_method"] = paymentMethod,
            ["confirmation_method"] = "automatic",
            ["capture_method"] = "automatic",
            ["created"] = Now(),
            ["livemode"] = false,
            ["metadata"] = metadata,
            ["latest_charge"] = null,
            ["last_payment_error"] = null,
            ["next_action"] = null,
            ["cancellation_reason"] = null,
            ["client_secret"] = null,
        };
        var id = (string)intent["id"]!;
        intent["client_secret"] = $"{id}_secret_{Guid.NewGuid():N}";
        _intents[id] = intent;
        AddEvent("payment_intent.created", intent);
        if (!confirm)
        {
            return (200, intent.ToJsonString());
        }
        if (ThreeDSecureMethods.Contains(paymentMethod!))
        {
            intent["status"] = "requires_action";
            intent["next_action"] = new JsonObject
            {
                ["type"] = "redirect_to_url",
                ["redirect_to_url"] = new JsonObject { ["url"] = $"{ChallengeUrl ?? BaseUrl + "/fake/3ds"}/{id}", ["return_url"] = returnUrl },
            };
            AddEvent("payment_intent.requires_action", intent);
            return (200, intent.ToJsonString());
        }
        if (PaymentMethods[paymentMethod!] is { } decline)
        {
            intent["last_payment_error"] = new JsonObject
            {
                ["type"] = "card_error",
                ["code"] = decline.Code,
                ["decline_code"] = decline.DeclineCode,
                ["message"] = "Your card was declined.",
            };
            AddEvent("payment_intent.payment_failed", intent);
            return Error(HttpStatusCode.PaymentRequired, "card_error", decline.Code, "Your card was declined.",
                declineCode: decline.DeclineCode, paymentIntent: intent);
        }
        Succeed(intent);
        return (200, intent.ToJsonString());
    }

    private void Succeed(JsonObject intent)
    {
        var charge = new JsonObject
        {
            ["id"] = NewId("ch"),
            ["object"] = "charge",
            ["amount"] = (long)intent["amount"]!,
            ["amount_captured"] = (long)intent["amount"]!,
            ["amount_refunded"] = 0L,
            ["captured"] = true,
            ["currency"] = (string)intent["currency"]!,
            ["paid"] = true,
            ["refunded"] = false,
            ["payment_intent"] = (string)intent["id"]!,
            ["status"] = "succeeded",
            ["created"] = Now(),
            ["livemode"] = false,
            ["metadata"] = intent["metadata"]!.DeepClone(),
        };
        _charges[(string)charge["id"]!] = charge;
        intent["status"] = "succeeded";
        intent["amount_received"] = (long)intent["amount"]!;
        intent["latest_charge"] = (string)charge["id"]!;
        intent["last_payment_error"] = null;
        AddEvent("charge.succeeded", charge);
        AddEvent("payment_intent.succeeded", intent);
    }

    private (int Status, string Body) GetIntent(string id, IReadOnlyDictionary<string, string> query)
    {
        if (!_intents.TryGetValue(id, out var intent))
        {
            return Error(HttpStatusCode.NotFound, "invalid_request_error", "resource_missing", $"No such payment_intent: '{id}'", "intent");
        }
        var copy = (JsonObject)intent.DeepClone();
        if (query.Any(p => p.Key.StartsWith("expand[", StringComparison.Ordinal) && p.Value == "latest_charge") && (string?)intent["latest_charge"] is { } chargeId)
        {
            copy["latest_charge"] = _charges[chargeId].DeepClone();
        }
        return (200, copy.ToJsonString());
    }

    private (int Status, string Body) CancelIntent(string id, IReadOnlyDictionary<string, string> form)
    {
        if (!_intents.TryGetValue(id, out var intent))
        {
            return Error(HttpStatusCode.NotFound, "invalid_request_error", "resource_missing", $"No such payment_intent: '{id}'", "intent");
        }
        var reason = form.GetValueOrDefault("cancellation_reason");
        if (reason is not (null or "duplicate" or "fraudulent" or "requested_by_customer" or "abandoned"))
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "parameter_invalid_string", "Invalid cancellation_reason.", "cancellation_reason");
        }
        var status = (string)intent["status"]!;
        if (status is not ("requires_payment_method" or "requires_capture" or "requires_confirmation" or "requires_action" or "processing"))
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "payment_intent_unexpected_state",
                $"You cannot cancel this PaymentIntent because it has a status of {status}.", paymentIntent: intent);
        }
        intent["status"] = "canceled";
        intent["cancellation_reason"] = reason;
        intent["next_action"] = null;
        AddEvent("payment_intent.canceled", intent);
        return (200, intent.ToJsonString());
    }

    private (int Status, string Body) ListIntents(IReadOnlyDictionary<string, string> query)
    {
        var limit = int.TryParse(query.GetValueOrDefault("limit"), out var l) ? Math.Clamp(l, 1, 100) : 10;
        var data = new JsonArray([.. _intents.Values.Reverse().Take(limit).Select(i => i.DeepClone())]);
        return (200, new JsonObject { ["object"] = "list", ["data"] = data, ["has_more"] = _intents.Count > limit, ["url"] = "/v1/payment_intents" }.ToJsonString());
    }

    /// <summary>Stripe's search query language, the part Winkel uses: <c>metadata['key']:'value'</c> clauses joined by AND.</summary>
    private (int Status, string Body) SearchIntents(IReadOnlyDictionary<string, string> query)
    {
        if (query.GetValueOrDefault("query") is not { Length: > 0 } text)
        {
            return Error(HttpStatusCode.BadRequest, "invalid_request_error", "parameter_missing", "Missing required param: query.", "query");
        }
        var clauses = new List<(string Key, string Value)>();
        foreach (var clause in text.Split(" AND ", StringSplitOptions.TrimEntries))
        {
            var match = MetadataClause().Match(clause);
            if (!match.Success)
            {
                return Error(HttpStatusCode.BadRequest, "invalid_request_error", "parameter_invalid_string", $"Invalid query: {text}", "query");
            }
            clauses.Add((match.Groups[1].Value, match.Groups[2].Value));
        }
        var data = new JsonArray([.. _intents.Values
            .Where(i => clauses.All(c => (string?)i["metadata"]![c.Key] == c.Value))
            .Select(i => i.DeepClone())]);
        return (200, new JsonObject
        {
            ["object"] = "search_result",
            ["data"] = data,
            ["has_more"] = false,
            ["next_page"] = null,
            ["url"] = "/v1/payment_intents/search",
        }.ToJsonString());
    }

    [GeneratedRegex(@"^metadata\['([A-Za-z0-9_]+)'\]:'([^'\\]*)'$")]
    private static partial Regex MetadataClause();
}
