using PmoFlow.Core.Access;
using PmoFlow.Core.Approvals;
using PmoFlow.Core.Flywheel;

namespace PmoFlow.Cli.Pmo;

/// <summary>
/// What the PMO commands do, against the local database (<see cref="LocalPmoClient"/>) or a running server
/// (<see cref="HttpPmoClient"/>). Writes re-evaluate the service and return it as it stands afterwards. Failures the
/// user can act on are <see cref="CliException"/>s.
/// </summary>
internal interface IPmoClient : IAsyncDisposable
{
    /// <summary>What the client talks to, for messages: the database file or the server's URL.</summary>
    string Target { get; }

    Task<ServiceView> CreateServiceAsync(NewService service, CancellationToken cancellationToken);

    Task<IReadOnlyList<ServiceView>> ListServicesAsync(FlywheelStep? step, CustomerExperienceStage? stage, CancellationToken cancellationToken);

    Task<ServiceDetail> GetServiceAsync(string serviceId, CancellationToken cancellationToken);

    /// <summary>Every pending approval, of every service.</summary>
    Task<IReadOnlyList<Approval>> ListPendingApprovalsAsync(CancellationToken cancellationToken);

    Task<ServiceView> RecordObservationAsync(string serviceId, NewObservation observation, CancellationToken cancellationToken);

    Task<ServiceView> RecordBenefitActualAsync(string serviceId, string benefitId, string period, decimal actual, CancellationToken cancellationToken);

    /// <summary>Creates an API key; over the server this needs an admin's key.</summary>
    Task<NewKey> CreateKeyAsync(string name, PmoRole role, CancellationToken cancellationToken);

    /// <summary>Every API key and browser session on record.</summary>
    Task<IReadOnlyList<KeyView>> ListKeysAsync(CancellationToken cancellationToken);

    /// <summary>Revokes a key and its browser sessions.</summary>
    Task<KeyView> RevokeKeyAsync(string keyId, CancellationToken cancellationToken);
}
