namespace Winkel.Identity.Sessions;

/// <summary>
/// A signed-in session. Only the SHA-256 of its token is stored, so a leaked database cannot be used
/// to sign in. The email and roles are copied in so that authenticating a request is one key lookup.
/// </summary>
public sealed record Session(
    string TokenHash,
    string CustomerId,
    string Email,
    IReadOnlyList<string> Roles,
    long CreatedAt,
    long ExpiresAt);
