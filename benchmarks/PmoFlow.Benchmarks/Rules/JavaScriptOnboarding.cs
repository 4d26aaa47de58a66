using PmoFlow.Abstractions.Expressions;
using PmoFlow.Core.Gates;

namespace PmoFlow.Benchmarks.Rules;

/// <summary>
/// onboarding.csx's logic in JavaScript, for PmoFlow's own interpreter (Jint, which Elsa uses, does not restore on
/// this machine's package mirror). The data goes in as workflow variables, the clauses and inputs come back as objects.
/// </summary>
internal sealed class JavaScriptOnboarding(GateContext context) : IExpressionContext
{
    public const string Source = """
        const share = getOnboardedShare(), target = getTargetUsers(), latest = getOnboarded();
        const minimum = getMinimumResponses(), required = getOnboardingCsat();
        const tpct = s => (Math.round(s * 1000) / 10) + '%';
        const pct = s => Math.floor(s * 100) + '%';
        const num = v => String(Math.round(v * 100) / 100);
        const count = (n, one) => n + ' ' + (n === 1 ? one : one + 's');
        const clauses = [];
        const needed = Math.ceil(share * target);
        const description = 'at least ' + tpct(share) + ' of target users onboarded';
        const threshold = '≥ ' + tpct(share) + ' (' + needed + ' of ' + target + ')';
        if (target <= 0) {
          clauses.push({ name: 'onboarded-share', description, observed: 'target users not set', threshold, passed: false, missing: "set the service's target users" });
        } else if (latest === null) {
          clauses.push({ name: 'onboarded-share', description, observed: 'no onboarded-users observation', threshold, passed: false,
            missing: 'record an onboarded-users observation (' + needed + ' of ' + target + ' needed)' });
        } else {
          clauses.push({ name: 'onboarded-share', description, observed: pct(latest.value / target) + ' (' + num(latest.value) + ' of ' + target + ')', threshold,
            passed: latest.value >= share * target, missing: count(Math.ceil(share * target - latest.value), 'more user') + ' onboarded (' + needed + ' of ' + target + ')' });
        }
        const answers = getAnswers().filter(a => a.csat !== null);
        const csat = answers.length === 0 ? null : Math.round(answers.reduce((sum, a) => sum + a.csat, 0) / answers.length * 100) / 100;
        clauses.push({
          name: 'onboarding-csat',
          description: 'onboarding CSAT at least ' + num(required) + '/5 from at least ' + count(minimum, 'answer'),
          observed: csat === null ? 'no answers' : num(csat) + '/5 from ' + count(answers.length, 'answer'),
          threshold: '≥ ' + num(required) + '/5 from ≥ ' + count(minimum, 'answer'),
          passed: answers.length >= minimum && csat >= required,
          missing: answers.length < minimum ? count(minimum - answers.length, 'more onboarding CSAT answer') + ' (' + answers.length + ' of ' + minimum + ')'
            : 'onboarding CSAT up from ' + num(csat) + ' to ' + num(required) + '/5'
        });
        ({ clauses, inputs: { thresholds: { share, required, minimum }, targetUsers: target, onboardedUsers: latest, csatResponses: answers.map(a => ({ id: a.id, csat: a.csat })) } });
        """;

    public static ExpressionShape ShapeOf { get; } = new(
    [
        new ExpressionMember("OnboardedShare", typeof(decimal)), new ExpressionMember("TargetUsers", typeof(int)), new ExpressionMember("Onboarded", typeof(object)),
        new ExpressionMember("MinimumResponses", typeof(int)), new ExpressionMember("OnboardingCsat", typeof(decimal)), new ExpressionMember("Answers", typeof(object)),
    ], []);

    public ExpressionShape Shape => ShapeOf;

    public string WorkflowInstanceId => "benchmark";

    public string? CorrelationId => null;

    public object? LastResult => null;

    // The same reads the C# rule makes: the latest observation of the KPI, the CSAT answers since the step was entered.
    public object? GetVariable(string name) => name switch
    {
        "OnboardedShare" => context.Thresholds.OnboardedShare,
        "TargetUsers" => context.Service.TargetUsers,
        "MinimumResponses" => context.Thresholds.MinimumResponses,
        "OnboardingCsat" => context.Thresholds.OnboardingCsat,
        "Onboarded" => context.Latest("onboarded-users") is { } o
            ? new Dictionary<string, object?> { ["id"] = o.Id, ["value"] = o.Value, ["observedAt"] = o.ObservedAt }
            : null,
        "Answers" => context.Surveys.Where(s => s.RespondedAt >= context.Service.StepEnteredAt && s.RespondedAt <= context.Now)
            .Select(s => (object?)new Dictionary<string, object?> { ["id"] = s.Id, ["csat"] = s.Csat }).ToList(),
        _ => throw new KeyNotFoundException(name),
    };

    public void SetVariable(string name, object? value) => throw new NotSupportedException();

    public object? GetInput(string name) => null;

    public object? GetActivityOutput(string activityNameOrId, string? outputName = null) => null;
}
