using PmoFlow.Cli.Pmo;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;

namespace PmoFlow.Cli.Output;

/// <summary>What <c>pmoflow service show</c> prints: the service, its history, its gate clause by clause, approvals and waivers.</summary>
internal static class ServiceDetailWriter
{
    public static void Write(TextWriter output, ServiceDetail detail)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(detail);
        var s = detail.Service;
        output.WriteLine($"{s.Name} ({s.Id})");
        if (s.Description.Length > 0) output.WriteLine($"  {s.Description}");
        output.WriteLine($"  step       {ServiceText.Step(s.Step)}, turn {s.Turn}, since {ServiceText.Time(s.StepEnteredAt)}");
        output.WriteLine($"  stage      {s.Stage}");
        output.WriteLine($"  sponsor    {s.Sponsor}");
        output.WriteLine($"  customers  {(s.CustomerIds.Count == 0 ? "none" : string.Join(", ", s.CustomerIds))}");
        output.WriteLine($"  target     {s.TargetUsers} users");

        output.WriteLine();
        output.WriteLine("history");
        foreach (var t in detail.History)
        {
            var via = t.From is { } from ? $"via {from.GateFrom()}{(t.WaiverId is null ? "" : " (waived)")}" : "created";
            output.WriteLine($"  {ServiceText.Time(t.At)}  {ServiceText.Step(t.To),-24} turn {t.Turn}  {via}");
        }

        output.WriteLine();
        WriteGate(output, s, detail.LatestGateEvaluation);

        output.WriteLine();
        if (detail.PendingApprovals.Count == 0) output.WriteLine("pending approvals: none");
        else
        {
            output.WriteLine("pending approvals");
            foreach (var a in detail.PendingApprovals)
                output.WriteLine($"  {a.Gate}: {a.Role}, requested {ServiceText.Date(a.RequestedAt)}, due {ServiceText.Date(a.DueAt)}{(a.EscalatedAt is null ? "" : ", escalated")} (approval {a.Id})");
        }
        if (detail.Waivers.Count == 0) output.WriteLine("waivers: none");
        else
        {
            output.WriteLine("waivers");
            foreach (var w in detail.Waivers)
                output.WriteLine($"  {w.Gate}: waived by {w.GrantedBy} ({w.Role}) until {ServiceText.Date(w.Until)}: {w.Reason}");
        }
    }

    private static void WriteGate(TextWriter output, ServiceView service, GateEvaluationView? gate)
    {
        if (gate is null)
        {
            output.WriteLine($"{service.CurrentGate}: not evaluated yet in this step (the step's survey or approval comes first)");
            return;
        }
        // The id is what "pmoflow gates replay|reevaluate" take.
        output.WriteLine($"{gate.Gate}: {gate.Outcome} (evaluated {ServiceText.Time(gate.EvaluatedAt)} by {gate.Evaluator}; evaluation {gate.Id})");
        foreach (var c in gate.Clauses)
        {
            var mark = c.Severity == ClauseSeverity.Warning ? "warn" : c.Passed ? "ok" : "FAIL";
            output.WriteLine($"  {mark,-4}  {c.Name}: {c.Description}");
            output.WriteLine($"        observed {c.Observed}; needs {c.Threshold}");
            if (!c.Passed && c.Severity == ClauseSeverity.Required && !string.IsNullOrEmpty(c.Missing)) output.WriteLine($"        to pass: {c.Missing}");
        }
    }
}
