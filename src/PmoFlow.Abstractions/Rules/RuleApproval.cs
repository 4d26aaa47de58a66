namespace PmoFlow.Abstractions.Rules;

/// <summary>A decision asked of a role under the charter's decision rights.</summary>
public sealed class RuleApproval
{
    /// <summary>The id.</summary>
    public required string Id { get; init; }

    /// <summary>The gate it decides.</summary>
    public required string Gate { get; init; }

    /// <summary>The role that decides.</summary>
    public string Role { get; init; } = "";

    /// <summary>Pending, approved or rejected.</summary>
    public ApprovalStatus Status { get; init; }

    /// <summary>When it was asked for.</summary>
    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>When it is due.</summary>
    public DateTimeOffset DueAt { get; init; }

    /// <summary>When a reminder went out, if one did.</summary>
    public DateTimeOffset? RemindedAt { get; init; }

    /// <summary>When it was escalated, if it was.</summary>
    public DateTimeOffset? EscalatedAt { get; init; }

    /// <summary>Who decided.</summary>
    public string? DecidedBy { get; init; }

    /// <summary>When.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>Why.</summary>
    public string? Comment { get; init; }

    /// <summary>Whether it is still pending after its due date at <paramref name="now"/>.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => Status == ApprovalStatus.Pending && now > DueAt;
}
