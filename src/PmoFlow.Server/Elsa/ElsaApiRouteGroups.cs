namespace PmoFlow.Server.Elsa;

/// <summary>
/// The Elsa API's two route groups, returned by <see cref="ElsaApiEndpointRouteBuilderExtensions.MapElsaApi"/> so a host
/// can attach what each needs, such as a role: viewers read, architects change.
/// </summary>
/// <param name="Reads">Lists, lookups, descriptors, export, and the 404 for endpoints PmoFlow does not implement.</param>
/// <param name="Writes">Save, publish, retract, delete, import, revert, bulk actions.</param>
public sealed record ElsaApiRouteGroups(RouteGroupBuilder Reads, RouteGroupBuilder Writes);
