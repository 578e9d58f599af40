using Winkel.Identity.Accounts;
using Winkel.Identity.Sessions;
using Winkel.Identity.Storage;

namespace Winkel.Storage.Tests.Contracts;

/// <summary>What every customer and session adapter must do.</summary>
public abstract class IdentityStoreContract : StorageContract
{
    private ICustomerStore Customers => Adapter.Get<ICustomerStore>();
    private ISessionStore Sessions => Adapter.Get<ISessionStore>();

    private static Customer Customer(string id, string email) => new(id, email, "Anna de Vries", "hash", ["customer"], 0, 0, 1_700_000_000);

    [Fact]
    public async Task Create_ThenGetAndFindByEmail_ReturnTheCustomer()
    {
        var ct = TestContext.Current.CancellationToken;

        Assert.True(await Customers.CreateAsync(Customer("c1", "anna@example.nl"), ct));

        var byId = await Customers.GetAsync("c1", ct);
        var byEmail = await Customers.FindByEmailAsync("anna@example.nl", ct);
        Assert.Equal("anna@example.nl", byId!.Email);
        Assert.Equal(["customer"], byId.Roles);
        Assert.Equal("c1", byEmail!.CustomerId);
        Assert.Null(await Customers.FindByEmailAsync("other@example.nl", ct));
    }

    [Fact]
    public async Task Create_ReturnsFalse_WhenTheEmailIsTaken()
    {
        var ct = TestContext.Current.CancellationToken;
        await Customers.CreateAsync(Customer("c1", "anna@example.nl"), ct);

        Assert.False(await Customers.CreateAsync(Customer("c2", "anna@example.nl"), ct));
        Assert.Null(await Customers.GetAsync("c2", ct));
    }

    [Fact]
    public async Task UpdateProfile_SetsNameHashAndRoles()
    {
        var ct = TestContext.Current.CancellationToken;
        await Customers.CreateAsync(Customer("c1", "anna@example.nl"), ct);

        await Customers.UpdateProfileAsync("c1", "Anna", "new-hash", ["customer", "admin"], ct);

        var customer = await Customers.GetAsync("c1", ct);
        Assert.Equal(("Anna", "new-hash"), (customer!.Name, customer.PasswordHash));
        Assert.Equal(["customer", "admin"], customer.Roles);
    }

    [Fact]
    public async Task FailedLogins_LockTheAccount_AtTheLimit_AndRestartTheCount()
    {
        var ct = TestContext.Current.CancellationToken;
        await Customers.CreateAsync(Customer("c1", "anna@example.nl"), ct);

        await Customers.RecordFailedLoginAsync("c1", maxFailures: 3, lockUntil: 999, ct);
        await Customers.RecordFailedLoginAsync("c1", maxFailures: 3, lockUntil: 999, ct);
        var beforeLimit = await Customers.GetAsync("c1", ct);
        await Customers.RecordFailedLoginAsync("c1", maxFailures: 3, lockUntil: 999, ct);
        var atLimit = await Customers.GetAsync("c1", ct);

        Assert.Equal((2, 0L), (beforeLimit!.FailedLogins, beforeLimit.LockedUntil));
        Assert.Equal((0, 999L), (atLimit!.FailedLogins, atLimit.LockedUntil));
    }

    [Fact]
    public async Task ConcurrentFailedLogins_AllCount()
    {
        var ct = TestContext.Current.CancellationToken;
        await Customers.CreateAsync(Customer("c1", "anna@example.nl"), ct);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Customers.RecordFailedLoginAsync("c1", 100, 999, ct)));

        Assert.Equal(8, (await Customers.GetAsync("c1", ct))!.FailedLogins);
    }

    [Fact]
    public async Task ResetFailedLogins_SetsTheCountToZero()
    {
        var ct = TestContext.Current.CancellationToken;
        await Customers.CreateAsync(Customer("c1", "anna@example.nl"), ct);
        await Customers.RecordFailedLoginAsync("c1", 5, 999, ct);

        await Customers.ResetFailedLoginsAsync("c1", ct);

        Assert.Equal(0, (await Customers.GetAsync("c1", ct))!.FailedLogins);
    }

    [Fact]
    public async Task Delete_RemovesTheCustomer_AndFreesTheEmail()
    {
        var ct = TestContext.Current.CancellationToken;
        await Customers.CreateAsync(Customer("c1", "anna@example.nl"), ct);

        await Customers.DeleteAsync("c1", ct);

        Assert.Null(await Customers.GetAsync("c1", ct));
        Assert.Null(await Customers.FindByEmailAsync("anna@example.nl", ct));
        Assert.True(await Customers.CreateAsync(Customer("c2", "anna@example.nl"), ct));
    }

    [Fact]
    public async Task Sessions_AreFoundByTokenHash_ListedPerCustomer_AndDeleted()
    {
        var ct = TestContext.Current.CancellationToken;
        await Sessions.CreateAsync(new Session("h1", "c1", "anna@example.nl", ["customer", "admin"], 10, 20), ct);
        await Sessions.CreateAsync(new Session("h2", "c1", "anna@example.nl", ["customer"], 11, 21), ct);
        await Sessions.CreateAsync(new Session("h3", "c2", "bob@example.nl", ["customer"], 12, 22), ct);

        var session = await Sessions.GetAsync("h1", ct);
        Assert.Equal(("c1", 20L), (session!.CustomerId, session.ExpiresAt));
        Assert.Equal(["customer", "admin"], session.Roles);
        Assert.Equal(["h1", "h2"], (await Sessions.ListForCustomerAsync("c1", ct)).Select(s => s.TokenHash).Order());

        await Sessions.DeleteAsync("h1", ct);
        Assert.Null(await Sessions.GetAsync("h1", ct));

        await Sessions.DeleteForCustomerAsync("c1", ct);
        Assert.Null(await Sessions.GetAsync("h2", ct));
        Assert.NotNull(await Sessions.GetAsync("h3", ct));
    }

    [Fact]
    public async Task DeleteExpiredSessions_RemovesOnlyExpiredOnes()
    {
        var ct = TestContext.Current.CancellationToken;
        await Sessions.CreateAsync(new Session("old", "c1", "a@example.nl", ["customer"], 10, 20), ct);
        await Sessions.CreateAsync(new Session("live", "c1", "a@example.nl", ["customer"], 10, 50), ct);

        Assert.Equal(1, await Sessions.DeleteExpiredAsync(now: 30, limit: 100, ct));
        Assert.Null(await Sessions.GetAsync("old", ct));
        Assert.NotNull(await Sessions.GetAsync("live", ct));
    }
}
