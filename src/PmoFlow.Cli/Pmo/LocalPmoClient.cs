using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Core.Access;
using PmoFlow.Core.Approvals;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Services;
using PmoFlow.Hosting.Engine;

namespace PmoFlow.Cli.Pmo;

/// <summary>
/// The PMO commands on the local SQLite database, through the same store and engine the server uses: a write
/// here is re-evaluated by the same gates, in this process, before the command returns.
/// </summary>
internal sealed class LocalPmoClient : IPmoClient
{
    private const string Actor = "cli";
    private readonly ServiceProvider _services;
    private readonly IPmoStore _store;
    private readonly IPmoEngine _engine;
    private readonly TimeProvider _clock;

    private LocalPmoClient(ServiceProvider services, string target)
    {
        _services = services;
        _store = services.GetRequiredService<IPmoStore>();
        _engine = services.GetRequiredService<IPmoEngine>();
        _clock = services.GetRequiredService<TimeProvider>();
        Target = target;
    }

    public string Target { get; }

    /// <summary>
    /// Opens <paramref name="database"/> (default <c>./data/pmoflow.db</c>, what the server uses when started from the
    /// repository root), migrating it and installing the flywheel if needed. Never seeds the demo: a CLI user's first
    /// command should not fill their database with sample services.
    /// </summary>
    public static async Task<LocalPmoClient> OpenAsync(string? database, CancellationToken cancellationToken)
    {
        var services = await LocalServices.StartAsync(database, cancellationToken).ConfigureAwait(false);
        return new LocalPmoClient(services, LocalServices.Target(database));
    }

    public async Task<ServiceView> CreateServiceAsync(NewService service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        var known = (await _store.ListCustomersAsync(cancellationToken).ConfigureAwait(false)).Select(c => c.Id).ToList();
        foreach (var customerId in service.CustomerIds.Where(id => !known.Contains(id, StringComparer.Ordinal)))
            throw new CliException($"--customer: no customer '{customerId}'{Listing("known customers", "customers", known)}");

        var id = service.Id ?? await FreeIdAsync(ServiceIds.Slug(service.Name), cancellationToken).ConfigureAwait(false);
        if (service.Id is not null && await _store.FindServiceAsync(id, cancellationToken).ConfigureAwait(false) is not null)
            throw new CliException($"--id: a service with id '{id}' already exists");

        var now = _clock.GetUtcNow();
        var created = await _engine.CreateServiceAsync(
            new PmoService(id, service.Name, service.Description, service.Sponsor, service.CustomerIds, FlywheelStep.AwarenessBuilding, 1, now, service.TargetUsers, now),
            Actor, cancellationToken).ConfigureAwait(false);
        return await ViewAsync(created, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ServiceView>> ListServicesAsync(FlywheelStep? step, CustomerExperienceStage? stage, CancellationToken cancellationToken)
    {
        var services = await _store.ListServicesAsync(new ServiceFilter(step, stage), cancellationToken).ConfigureAwait(false);
        var views = new List<ServiceView>(services.Count);
        foreach (var service in services) views.Add(await ViewAsync(service, cancellationToken).ConfigureAwait(false));
        return views;
    }

    public async Task<ServiceDetail> GetServiceAsync(string serviceId, CancellationToken cancellationToken)
    {
        var service = await RequireAsync(serviceId, cancellationToken).ConfigureAwait(false);
        var gate = await CurrentGate.FindAsync(_store, service, cancellationToken).ConfigureAwait(false);
        var history = await _store.GetHistoryAsync(serviceId, cancellationToken).ConfigureAwait(false);
        var pending = await _store.ListApprovalsAsync(new ApprovalFilter(ServiceId: serviceId, Status: ApprovalStatus.Pending), cancellationToken).ConfigureAwait(false);
        var waivers = await _store.ListWaiversAsync(serviceId, cancellationToken).ConfigureAwait(false);
        return new ServiceDetail(CurrentGate.View(service, gate), history, gate is null ? null : GateEvaluationView.From(gate), pending, waivers);
    }

    public Task<IReadOnlyList<Approval>> ListPendingApprovalsAsync(CancellationToken cancellationToken) =>
        _store.ListApprovalsAsync(new ApprovalFilter(Status: ApprovalStatus.Pending), cancellationToken);

    public async Task<ServiceView> RecordObservationAsync(string serviceId, NewObservation observation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observation);
        await RequireAsync(serviceId, cancellationToken).ConfigureAwait(false);
        var kpis = await _store.ListKpisAsync(serviceId, cancellationToken).ConfigureAwait(false);
        var kpi = kpis.FirstOrDefault(k => string.Equals(k.Name, observation.KpiName, StringComparison.OrdinalIgnoreCase))
            ?? throw new CliException($"--kpi: service '{serviceId}' has no KPI named '{observation.KpiName}'{Listing("its KPIs", "KPIs", kpis.Select(k => k.Name).ToList())}");
        // No conversions: a value in another unit would be compared with the target as if it were in the KPI's.
        if (observation.Unit is { } unit && !string.Equals(unit, kpi.Unit, StringComparison.OrdinalIgnoreCase))
            throw new CliException($"--unit: KPI '{kpi.Name}' is measured in '{kpi.Unit}', not '{unit}'; convert the value before recording it");

        var recorded = new Observation(ServiceIds.New(), kpi.Id, observation.Value, kpi.Unit, _clock.GetUtcNow(), observation.Source, observation.EvidenceLink);
        await _store.AddObservationAsync(recorded, Actor, cancellationToken).ConfigureAwait(false);
        return await ProcessAsync(serviceId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ServiceView> RecordBenefitActualAsync(string serviceId, string benefitId, string period, decimal actual, CancellationToken cancellationToken)
    {
        await RequireAsync(serviceId, cancellationToken).ConfigureAwait(false);
        var benefits = await _store.ListBenefitsAsync(serviceId, cancellationToken).ConfigureAwait(false);
        if (benefits.All(b => b.Id != benefitId))
            throw new CliException($"--benefit: service '{serviceId}' has no benefit '{benefitId}'{Listing("its benefits", "benefits", benefits.Select(b => b.Id).ToList())}");
        await _store.RecordBenefitPeriodAsync(benefitId, period, null, actual, Actor, cancellationToken).ConfigureAwait(false);
        return await ProcessAsync(serviceId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<NewKey> CreateKeyAsync(string name, PmoRole role, CancellationToken cancellationToken)
    {
        var created = await Keys.CreateAsync(name, role, Actor, cancellationToken).ConfigureAwait(false);
        return new NewKey(created.Key, View(created.Info));
    }

    public async Task<IReadOnlyList<KeyView>> ListKeysAsync(CancellationToken cancellationToken) =>
        [.. (await Keys.ListAsync(cancellationToken).ConfigureAwait(false)).Select(View)];

    // On the server's own machine an admin can always revoke, even the last admin key: `keys create` here makes another.
    public async Task<KeyView> RevokeKeyAsync(string keyId, CancellationToken cancellationToken) =>
        View(await Keys.RevokeAsync(keyId, Actor, cancellationToken).ConfigureAwait(false));

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private IApiKeyStore Keys => _services.GetRequiredService<IApiKeyStore>();

    private KeyView View(ApiKeyInfo key) =>
        new(key.Id, key.Name, key.Role.Name(), key.IsActiveAt(_clock.GetUtcNow()), key.CreatedAt, key.CreatedBy, key.LastUsedAt, key.RevokedAt, key.ExpiresAt, key.SessionOf);

    private async Task<ServiceView> ProcessAsync(string serviceId, CancellationToken cancellationToken) =>
        await ViewAsync(await _engine.ProcessServiceAsync(serviceId, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private async Task<ServiceView> ViewAsync(PmoService service, CancellationToken cancellationToken) =>
        CurrentGate.View(service, await CurrentGate.FindAsync(_store, service, cancellationToken).ConfigureAwait(false));

    private async Task<PmoService> RequireAsync(string serviceId, CancellationToken cancellationToken) =>
        await _store.FindServiceAsync(serviceId, cancellationToken).ConfigureAwait(false) ?? throw CliException.NoService(serviceId);

    // A name-derived id that is taken gets a short suffix (as on the server): the user did not ask for that exact id.
    private async Task<string> FreeIdAsync(string slug, CancellationToken cancellationToken) =>
        await _store.FindServiceAsync(slug, cancellationToken).ConfigureAwait(false) is null ? slug : $"{slug}-{ServiceIds.New()[..6]}";

    private static string Listing(string label, string noun, IReadOnlyList<string> names) =>
        names.Count == 0 ? $" (there are no {noun} yet)" : $" ({label}: {string.Join(", ", names)})";
}
