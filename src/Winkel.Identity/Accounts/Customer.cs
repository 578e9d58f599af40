namespace Winkel.Identity.Accounts;

/// <summary>
/// A registered customer. <see cref="Email"/> is stored normalized (trimmed, lower case) and unique.
/// <see cref="FailedLogins"/> and <see cref="LockedUntil"/> (Unix seconds) drive the lockout.
/// </summary>
public sealed record Customer(
    string CustomerId,
    string Email,
    string Name,
    string PasswordHash,
    IReadOnlyList<string> Roles,
    int FailedLogins,
    long LockedUntil,
    long CreatedAt);
