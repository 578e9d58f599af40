using System.Text.Json.Serialization;

namespace Winkel.Core;

/// <summary>The VAT class of a product. Dutch rates: standard 21%, reduced 9% (food, books).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VatRate>))]
public enum VatRate
{
    [JsonStringEnumMemberName("standard")]
    Standard,

    [JsonStringEnumMemberName("reduced")]
    Reduced,
}

public static class VatRates
{
    public static string ToWire(this VatRate rate) => rate == VatRate.Reduced ? "reduced" : "standard";

    public static bool TryParse(string? value, out VatRate rate)
    {
        switch (value)
        {
            case "standard":
                rate = VatRate.Standard;
                return true;
            case "reduced":
                rate = VatRate.Reduced;
                return true;
            default:
                rate = VatRate.Standard;
                return false;
        }
    }
}
