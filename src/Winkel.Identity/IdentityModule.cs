using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Winkel.Core;
using Winkel.Core.Http;
using Winkel.Identity.Accounts;
using Winkel.Identity.Sessions;

namespace Winkel.Identity;

public static class IdentityModule
{
    /// <summary>
    /// Registers accounts, session authentication and the admin policy. A storage adapter must register
    /// <see cref="Storage.ICustomerStore"/> and <see cref="Storage.ISessionStore"/>.
    /// </summary>
    public static IHostApplicationBuilder AddIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IdentityOptions>().BindConfiguration(IdentityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IPasswordHasher<Customer>>(sp => new PasswordHasher<Customer>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
            IterationCount = sp.GetRequiredService<IOptions<IdentityOptions>>().Value.PasswordHashIterations,
        })));
        builder.Services.AddSingleton<AccountService>();
        builder.Services.AddSingleton<CookieSignIn>();
        builder.Services.AddSingleton<PersonalDataService>();
        builder.Services.AddSingleton<IPersonalDataContributor, ProfileData>();
        builder.Services.AddHostedService<AdminSeeder>();
        builder.Services.AddHostedService<ExpiredSessionSweeper>();

        builder.Services.AddAuthentication(SessionAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(SessionAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Policies.AdminRole));
        return builder;
    }
}
