using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PmoFlow.Core.Access;
using PmoFlow.Persistence;
using PmoFlow.Server.Access.ApiKeys;
using PmoFlow.Server.Access.FirstKey;
using PmoFlow.Server.Access.Sessions;

namespace PmoFlow.Server.Access;

/// <summary>Registers access control: the ApiKey and session schemes, one policy per kind of work, and the first admin key.</summary>
internal static class AccessServiceCollectionExtensions
{
    /// <summary>Where ASP.NET's data protection keys (which encrypt the session cookie) live, inside the data folder.</summary>
    public const string DataProtectionFolder = "data-protection-keys";

    private static readonly string[] ApiPrefixes = ["/api", ElsaApiEndpointRouteBuilderExtensions.Prefix, "/openapi"];

    public static IServiceCollection AddPmoFlowAccess(this IServiceCollection services)
    {
        // Schemes cannot be added twice; a second call (AddPmoFlowApi called again) changes nothing.
        if (services.Any(d => d.ServiceType == typeof(AdminKeyFile))) return services;
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AccessOptions>, AccessOptionsValidator>());
        services.TryAddSingleton<AdminKeyFile>();
        services.AddHostedService<FirstAdminKeyService>();
        services.TryAddSingleton<SessionCookieEvents>();
        services.TryAddSingleton<IAuthorizationMiddlewareResultHandler, PmoAuthorizationResultHandler>();

        services.AddAuthentication(PmoAuthenticationSchemes.Default)
            .AddPolicyScheme(PmoAuthenticationSchemes.Default, "API key or browser session", o => o.ForwardDefaultSelector = SchemeFor)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(PmoAuthenticationSchemes.ApiKey, "API key", null)
            .AddCookie(PmoAuthenticationSchemes.Session, "Browser session", ConfigureSession);

        services.AddAuthorizationBuilder()
            .AddPolicy(PmoPolicies.Read, p => Roles(p, PmoRoles.All))
            .AddPolicy(PmoPolicies.GateAgent, p => Roles(p, [PmoRole.GateAgent]))
            .AddPolicy(PmoPolicies.Architect, p => Roles(p, [PmoRole.Architect]))
            .AddPolicy(PmoPolicies.Admin, p => Roles(p, [PmoRole.Admin]))
            // An endpoint mapped without a rule still needs a valid key; any role may call it (PmoAccessEndpointConventionBuilderExtensions says how to narrow it).
            .SetFallbackPolicy(Roles(new AuthorizationPolicyBuilder(), PmoRoles.All).Build());

        services.AddAntiforgery(o => o.Cookie.Name = "pmoflow.antiforgery");
        // The session cookie outlives a restart only if the keys that encrypt it do: keep them in the data folder, not the user's profile.
        services.AddDataProtection().SetApplicationName("PmoFlow");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<SqliteOptions>, ILoggerFactory>((o, storage, loggers) =>
            o.XmlRepository = new FileSystemXmlRepository(OwnerOnlyFolder(Path.Combine(storage.Value.ResolveDataFolder(), DataProtectionFolder)), loggers));
        return services;
    }

    /// <summary>The folder, created readable by the server's user only: the keys in it are stored unencrypted (nothing on Linux encrypts them).</summary>
    private static DirectoryInfo OwnerOnlyFolder(string path)
    {
        if (OperatingSystem.IsWindows()) return Directory.CreateDirectory(path);
        return Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static AuthorizationPolicyBuilder Roles(AuthorizationPolicyBuilder policy, IEnumerable<PmoRole> roles) =>
        policy.AddAuthenticationSchemes(PmoAuthenticationSchemes.Default).RequireAuthenticatedUser().RequireRole(roles.Select(r => r.Name()));

    /// <summary>A key (or an API path) means the ApiKey scheme; anything else is a page, judged by its session cookie.</summary>
    private static string SchemeFor(HttpContext http)
    {
        if (PresentedKey.IsPresent(http.Request)) return PmoAuthenticationSchemes.ApiKey;
        var path = http.Request.Path;
        return ApiPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) ? PmoAuthenticationSchemes.ApiKey : PmoAuthenticationSchemes.Session;
    }

    private static void ConfigureSession(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "pmoflow.session";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.LoginPath = LoginPage.Path;
        o.LogoutPath = LoginPage.LogoutPath;
        o.SlidingExpiration = false;
        o.EventsType = typeof(SessionCookieEvents);
    }
}
