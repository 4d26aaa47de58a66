using Microsoft.AspNetCore.Mvc;
using PmoFlow.Hosting.Rules;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Rules;

/// <summary>
/// The governance rule packs: what is in force (with the last load errors), what a changed pack would decide for every
/// service, and recorded gate decisions made again with the rules they used or with today's.
/// </summary>
internal static class RuleEndpoints
{
    /// <summary>
    /// Maps the rule endpoints under one route group (<c>/rules</c>, <c>/rules/{name}/reload</c>, <c>/rules/whatif</c> and
    /// <c>/gate-evaluations/{id}/replay|reevaluate</c>)
    /// and returns it, so the host can put all of them behind one authorization policy.
    /// </summary>
    public static RouteGroupBuilder MapRuleEndpoints(this IEndpointRouteBuilder api)
    {
        var rules = api.MapGroup("").WithTags("Rules");
        rules.MapGet("/rules", ([FromServices] IRuleAdmin admin) => TypedResults.Ok(admin.ListPacks()))
            .WithName("ListRulePacks").WithSummary("The rule packs in force: each pack's active version hash, rules with gates and versions, state and last load errors")
            .Produces<IReadOnlyList<RulePackView>>();
        rules.MapPost("/rules/{name}/reload", (string name, [FromServices] IRuleAdmin admin) => TypedResults.Ok(admin.ReloadPack(name)))
            .WithName("ReloadRulePack").WithSummary("Read a rule pack's files again and activate them if they changed and load; a version with errors leaves the working one active")
            .Produces<RulePackView>().ProducesProblem(StatusCodes.Status404NotFound);
        rules.MapPost("/rules/whatif", WhatIfAsync).WithName("WhatIfRulePack")
            .WithSummary("Evaluate a changed rule pack against every service's current gate and list the services whose outcome would change, with both explanations")
            .Produces<RuleWhatIfView>().ProducesValidationProblem();
        rules.MapPost("/gate-evaluations/{id}/replay", ReplayAsync).RequirePmoRead().WithName("ReplayGateEvaluation")
            .WithSummary("Make a recorded gate decision again with the rule pack version it used, on the data it saw (nothing is stored)")
            .Produces<GateReplayView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        rules.MapPost("/gate-evaluations/{id}/reevaluate", ReevaluateAsync).RequirePmoRead().WithName("ReevaluateGateEvaluation")
            .WithSummary("Make a recorded gate decision again with today's rules, on the data it saw: would it pass now? (nothing is stored)")
            .Produces<GateReplayView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return rules;
    }

    private static async Task<IResult> WhatIfAsync([FromBody] RuleWhatIfRequest request, [FromServices] IRuleAdmin admin, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var pack = request.ToPack(errors);
        if (pack is null) return errors.ToResult();
        var report = await admin.WhatIfAsync(pack, cancellationToken);
        return report.Succeeded ? TypedResults.Ok(report) : CompileProblem(pack, report.Diagnostics);
    }

    private static async Task<IResult> ReplayAsync(string id, [FromServices] IRuleAdmin admin, CancellationToken cancellationToken) =>
        TypedResults.Ok(await admin.ReplayAsync(id, cancellationToken));

    private static async Task<IResult> ReevaluateAsync(string id, [FromServices] IRuleAdmin admin, CancellationToken cancellationToken) =>
        TypedResults.Ok(await admin.ReevaluateAsync(id, cancellationToken));

    /// <summary>
    /// 400 naming each file with its compile errors at line and column (<c>files['onboarding.csx']</c>:
    /// <c>onboarding.csx(5,12): error CS0103: ...</c>), the diagnostics also as a list under <c>diagnostics</c>.
    /// </summary>
    private static IResult CompileProblem(RulePackFiles pack, IReadOnlyList<RuleDiagnosticView> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError)
            .GroupBy(d => pack.Files.ContainsKey(d.File) ? $"files['{d.File}']" : "files", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Text).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(errors, title: "The rule pack does not compile.",
            extensions: new Dictionary<string, object?> { ["diagnostics"] = diagnostics });
    }
}
