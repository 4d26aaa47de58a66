namespace PmoFlow.Cli.Pmo;

/// <summary>A service to create; <see cref="Id"/> null lets the name decide it.</summary>
internal sealed record NewService(string? Id, string Name, string Description, string Sponsor, IReadOnlyList<string> CustomerIds, int TargetUsers);
