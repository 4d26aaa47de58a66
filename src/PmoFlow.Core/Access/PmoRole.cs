namespace PmoFlow.Core.Access;

/// <summary>
/// What an API key may do. Every role reads everything; each changes only its own part of PmoFlow, so no single key
/// can both design a workflow and feed it the data that moves services through it.
/// </summary>
public enum PmoRole
{
    /// <summary>Reads: the PMO API's GETs, the dashboard, the designer pages, the Elsa API's reads.</summary>
    Viewer,

    /// <summary>Posts PMO data: services, KPIs, observations, benefits, surveys, value statements, approval decisions, waivers.</summary>
    GateAgent,

    /// <summary>Designs and publishes workflows: the Elsa API's writes (save, publish, retract, delete, import).</summary>
    Architect,

    /// <summary>Administers PmoFlow: API keys, plugins, rule packs, the charter, baseline and gate thresholds.</summary>
    Admin,
}
