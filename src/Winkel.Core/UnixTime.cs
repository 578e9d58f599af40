namespace Winkel.Core;

/// <summary>Timestamps on the wire and in stores are Unix seconds.</summary>
public static class UnixTime
{
    public static long Now(this TimeProvider time) => time.GetUtcNow().ToUnixTimeSeconds();
}
