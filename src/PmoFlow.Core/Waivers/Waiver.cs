namespace PmoFlow.Core.Waivers;

/// <summary>A blocked gate let through by someone entitled to waive it, until a date.</summary>
/// <param name="Id">The id.</param>
/// <param name="ServiceId">The service.</param>
/// <param name="Gate">The gate.</param>
/// <param name="GrantedBy">Who waived it.</param>
/// <param name="Role">The role whose decision right allowed it.</param>
/// <param name="Reason">Why.</param>
/// <param name="GrantedAt">When.</param>
/// <param name="Until">Until when it holds.</param>
public sealed record Waiver(string Id, string ServiceId, string Gate, string GrantedBy, string Role, string Reason, DateTimeOffset GrantedAt, DateTimeOffset Until)
{
    /// <summary>Whether the waiver holds at <paramref name="now"/>.</summary>
    public bool IsActive(DateTimeOffset now) => now <= Until;
}
