using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Access;
using PmoFlow.Core.Approvals;
using PmoFlow.Core.Ports;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Approvals;

/// <summary>Approvals the flywheel asks of roles (sponsor approval at 3→4, acknowledgement at 10→1), and their decisions.</summary>
internal static class ApprovalEndpoints
{
    public static void MapApprovalEndpoints(this IEndpointRouteBuilder api)
    {
        var approvals = api.MapGroup("/approvals").WithTags("Approvals");
        approvals.MapGet("", ListAsync).RequirePmoRead().WithName("ListApprovals").WithSummary("Approvals by role, status (default pending; 'all' for every one) and service")
            .Produces<IReadOnlyList<Approval>>().ProducesValidationProblem();
        approvals.MapPost("/{approvalId}/decision", DecideAsync).RequirePmoRole(PmoRole.GateAgent).WithName("DecideApproval").WithSummary("Approve or reject; re-evaluates the service")
            .Produces<ApprovalDecided>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListAsync(string? role, string? status, string? serviceId, [FromServices] IPmoStore store, [FromServices] ServiceViews views,
        CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        ApprovalStatus? statusFilter = ApprovalStatus.Pending;
        if (string.Equals(status?.Trim(), "all", StringComparison.OrdinalIgnoreCase)) statusFilter = null;
        else if (!string.IsNullOrWhiteSpace(status)) statusFilter = errors.Enum<ApprovalStatus>("status", status);
        var roleFilter = errors.Text("role", role, 100, required: false);
        var serviceFilter = errors.Text("serviceId", serviceId, 100, required: false);
        if (errors.HasErrors) return errors.ToResult();

        if (serviceFilter is not null) await views.RequireAsync(serviceFilter, cancellationToken);
        return TypedResults.Ok(await store.ListApprovalsAsync(new ApprovalFilter(serviceFilter, roleFilter, statusFilter), cancellationToken));
    }

    private static async Task<IResult> DecideAsync(string approvalId, [FromBody] DecisionRequest request, [FromServices] IPmoStore store, [FromServices] ServiceViews views,
        [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var decision = request.Validate(errors);
        if (errors.HasErrors) return errors.ToResult();

        var approval = await store.FindApprovalAsync(approvalId, cancellationToken) ?? throw Problems.Missing("approvalId", "approval", approvalId);
        if (approval.Status != ApprovalStatus.Pending)
            return Problems.Result(Problems.Conflict("decision",
                $"Approval '{approvalId}' was already {approval.Status.ToString().ToLowerInvariant()} by {approval.DecidedBy ?? "someone"}{(approval.DecidedAt is { } at ? $" at {at:O}" : "")}."));

        await store.DecideApprovalAsync(approvalId, decision!.Value, request.DecidedBy!.Trim(), request.Comment?.Trim() is { Length: > 0 } c ? c : null,
            time.GetUtcNow(), cancellationToken);
        var service = await views.ReevaluateAsync(approval.ServiceId, cancellationToken);
        var decided = await store.FindApprovalAsync(approvalId, cancellationToken) ?? approval;
        return TypedResults.Ok(new ApprovalDecided(decided, service));
    }
}
