namespace PmoFlow.Workflows.Tests.Validation;

/// <summary>A theory over Elsa's sample workflows that is skipped, with the reason, when they are not on this machine.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ElsaConformanceTheoryAttribute : TheoryAttribute
{
    public ElsaConformanceTheoryAttribute()
    {
        if (ElsaConformance.WorkflowsFolder is null) Skip = ElsaConformance.MissingReason;
    }
}
