namespace PmoFlow.CrashHost;

/// <summary>How many services the driver creates and moves to Service Monitoring.</summary>
internal sealed record DriverOptions(int Services);
