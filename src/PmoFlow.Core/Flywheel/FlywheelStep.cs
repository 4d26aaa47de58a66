namespace PmoFlow.Core.Flywheel;

/// <summary>The ten steps of the Value-Generating PMO Flywheel (PMI, PMO Value Ring), in order.</summary>
public enum FlywheelStep
{
    /// <summary>1: making the organization aware of what the PMO can do.</summary>
    AwarenessBuilding = 1,

    /// <summary>2: understanding what the PMO's customers need.</summary>
    NeedsAssessment = 2,

    /// <summary>3: the value the service will deliver, with measurable success criteria.</summary>
    ValueProposition = 3,

    /// <summary>4: building the service.</summary>
    ServiceDevelopment = 4,

    /// <summary>5: bringing the target users onto the service.</summary>
    ServiceOnboarding = 5,

    /// <summary>6: running the service.</summary>
    ServiceOperation = 6,

    /// <summary>7: measuring the service against its KPIs.</summary>
    ServiceMonitoring = 7,

    /// <summary>8: improving the service from what monitoring found.</summary>
    ServiceImprovement = 8,

    /// <summary>9: delivering the planned benefits.</summary>
    ValueDelivery = 9,

    /// <summary>10: making the delivered value recognized by the PMO's customers.</summary>
    ValueRecognition = 10,
}
