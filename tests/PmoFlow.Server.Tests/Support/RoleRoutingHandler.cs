using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Core.Access;

namespace PmoFlow.Server.Tests.Support;

/// <summary>
/// Sends each request with a key of the role whose work it is, for tests that walk through several roles' work with
/// one client: reads as a viewer, settings (PUT) and rule, plugin and key changes as an admin, workflow changes as an
/// architect, any other change (PMO data) as a gate agent. Which role may do what is tested on its own (Access/).
/// </summary>
internal sealed class RoleRoutingHandler(Func<PmoRole, string> keyFor) : DelegatingHandler
{
    private static readonly string[] AdminPaths = ["/api/rules", "/api/plugins", "/api/keys"];

    public static PmoRole RoleFor(HttpMethod method, string path)
    {
        if (method == HttpMethod.Get || method == HttpMethod.Head) return PmoRole.Viewer;
        if (path.StartsWith("/api/gate-evaluations/", StringComparison.Ordinal)) return PmoRole.Viewer; // replay and re-evaluate change nothing
        if (method == HttpMethod.Put || AdminPaths.Any(p => path.StartsWith(p, StringComparison.Ordinal))) return PmoRole.Admin;
        return path.StartsWith("/elsa/api", StringComparison.Ordinal) ? PmoRole.Architect : PmoRole.GateAgent;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", keyFor(RoleFor(request.Method, request.RequestUri!.AbsolutePath)));
        return base.SendAsync(request, cancellationToken);
    }
}

internal static class RoleRoutingClients
{
    /// <summary>A client that sends every request with a key of the role whose work it is (<see cref="RoleRoutingHandler"/>).</summary>
    public static HttpClient CreateRoutedClient(this WebApplicationFactory<Program> factory)
    {
        var keys = new ConcurrentDictionary<PmoRole, string>();
        string KeyFor(PmoRole role) => keys.GetOrAdd(role, r =>
            factory.Services.GetRequiredService<IApiKeyStore>().CreateAsync($"test-{r.Name()}", r, "tests").GetAwaiter().GetResult().Key);
        return factory.CreateDefaultClient(new RoleRoutingHandler(KeyFor));
    }
}
