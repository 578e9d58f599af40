using System.ComponentModel.DataAnnotations;

namespace Winkel.Identity;

/// <summary>Settings under <c>Winkel:Identity</c>.</summary>
public sealed class IdentityOptions
{
    public const string Section = "Winkel:Identity";

    /// <summary>
    /// PBKDF2-HMAC-SHA512 iterations of ASP.NET Core's <c>PasswordHasher</c>. OWASP's Password Storage
    /// Cheat Sheet asks for at least 210,000 with SHA-512; lower values are refused at start.
    /// </summary>
    [Range(210_000, 10_000_000)]
    public int PasswordHashIterations { get; set; } = 210_000;

    /// <summary>How long a session (bearer token and cookie) lasts after sign-in.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "90.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    [Range(3, 100)]
    public int MaxFailedLogins { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    [Range(10, 128)]
    public int MinPasswordLength { get; set; } = 10;
}

/// <summary>The first admin, from <c>Winkel:Admin:Email</c> and <c>Winkel:Admin:Password</c>.</summary>
public sealed class AdminOptions
{
    public const string Section = "Winkel:Admin";

    [EmailAddress]
    public string? Email { get; set; }

    [MinLength(10)]
    public string? Password { get; set; }
}
