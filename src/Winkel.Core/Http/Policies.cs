namespace Winkel.Core.Http;

/// <summary>Authorization policy and role names shared by the modules.</summary>
public static class Policies
{
    /// <summary>The policy admin endpoints require: the caller has the <see cref="AdminRole"/> role.</summary>
    public const string Admin = "admin";

    public const string AdminRole = "admin";

    public const string CustomerRole = "customer";
}
