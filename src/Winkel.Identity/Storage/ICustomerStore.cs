using Winkel.Identity.Accounts;

namespace Winkel.Identity.Storage;

/// <summary>
/// The customer port: key lookups by id and by normalized email (a second key, not a scan; on DynamoDB
/// an email item written in the same transaction keeps emails unique).
/// </summary>
public interface ICustomerStore
{
    /// <summary>Adds the customer; false when the email is taken.</summary>
    Task<bool> CreateAsync(Customer customer, CancellationToken cancellationToken = default);

    Task<Customer?> GetAsync(string customerId, CancellationToken cancellationToken = default);

    Task<Customer?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken = default);

    /// <summary>Sets name, password hash and roles of an existing customer.</summary>
    Task UpdateProfileAsync(string customerId, string name, string passwordHash, IReadOnlyList<string> roles, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts a failed sign-in atomically (concurrent guesses all count); when the count reaches
    /// <paramref name="maxFailures"/> the account is locked until <paramref name="lockUntil"/> and the count restarts.
    /// </summary>
    Task RecordFailedLoginAsync(string customerId, int maxFailures, long lockUntil, CancellationToken cancellationToken = default);

    Task ResetFailedLoginsAsync(string customerId, CancellationToken cancellationToken = default);

    Task DeleteAsync(string customerId, CancellationToken cancellationToken = default);
}

/// <summary>The session port: a key lookup by token hash, and a customer's sessions for sign-out everywhere.</summary>
public interface ISessionStore
{
    Task CreateAsync(Sessions.Session session, CancellationToken cancellationToken = default);

    Task<Sessions.Session?> GetAsync(string tokenHash, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Sessions.Session>> ListForCustomerAsync(string customerId, CancellationToken cancellationToken = default);

    Task DeleteAsync(string tokenHash, CancellationToken cancellationToken = default);

    Task DeleteForCustomerAsync(string customerId, CancellationToken cancellationToken = default);

    /// <summary>Deletes up to <paramref name="limit"/> sessions expired at <paramref name="now"/>; returns how many.</summary>
    Task<int> DeleteExpiredAsync(long now, int limit, CancellationToken cancellationToken = default);
}
