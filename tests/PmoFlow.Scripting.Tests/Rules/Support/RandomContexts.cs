using PmoFlow.Core.Approvals;
using PmoFlow.Core.Baseline;
using PmoFlow.Core.Benefits;
using PmoFlow.Core.Charter;
using PmoFlow.Core.Customers;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Services;
using PmoFlow.Core.Surveys;
using PmoFlow.Core.Value;
using PmoFlow.Core.Waivers;

namespace PmoFlow.Scripting.Tests.Rules.Support;

/// <summary>
/// Seeded, varied gate contexts: empty and full, in and out of the gate's step, data before, inside and after the
/// step's window, odd names, ties, every approval state, waivers, thresholds moved. What a hand-written list misses.
/// </summary>
internal static class RandomContexts
{
    public static readonly DateTimeOffset Now = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    private static readonly (string Id, string Group)[] CustomerPool =
        [("c1", "executives"), ("c2", "Project Managers"), ("c3", "project managers"), ("c4", "business units")];

    public static IEnumerable<GateContext> For(string gate, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++) yield return One(gate, random);
    }

    private static GateContext One(string gate, Random r)
    {
        Flywheel.TryParseGate(gate, out var from);
        var step = r.Next(7) == 0 ? (FlywheelStep)r.Next(1, 11) : from;
        var entered = Now.AddDays(-r.Next(1, 60)).AddHours(-r.Next(24));
        const string id = "svc-1";

        var customers = CustomerPool.Where(_ => r.Next(2) == 0).Select(c => new PmoCustomer(c.Id, "Customer " + c.Id, c.Group, 1m)).ToList();
        var customerIds = customers.Where(_ => r.Next(5) > 0).Select(c => c.Id).ToList();
        if (r.Next(6) == 0) customerIds.Add("c-unknown");
        var service = new PmoService(id, "Portfolio reporting", "dashboards", Pick(r, "Dana Lee", "", "  ", "Sam Patel"), customerIds,
            step, r.Next(1, 4), entered, Pick(r, 0, 10, 60, 100, 7), entered.AddDays(-200));

        var kpis = new List<Kpi>();
        var observations = new List<Observation>();
        for (var k = r.Next(4); k > 0; k--)
        {
            var name = Pick(r, "onboarded-users", "ONBOARDED-USERS", "spi", "", "cycle-time");
            var kpi = new Kpi($"kpi-{kpis.Count}", id, name, Pick(r, "%", "users", "", "USD", "days"), Pick(r, GoodDirection.HigherIsBetter, GoodDirection.LowerIsBetter),
                Maybe(r, 0m), Maybe(r, (decimal)Pick(r, 60, 80, 100, 5)), Maybe(r, new DateOnly(2026, 12, 31)), Pick<string?>(r, null, "", "Ana Ruiz"));
            kpis.Add(kpi);
            var last = Now.AddDays(-r.Next(0, 200));
            for (var o = r.Next(5); o > 0; o--)
            {
                // Some observations after the clock, some at the same moment as the one before (a correction).
                var at = r.Next(5) == 0 ? last : Now.AddDays(-r.Next(-10, 200));
                last = at;
                observations.Add(new Observation($"obs-{observations.Count}", kpi.Id, r.Next(0, 121) + Pick(r, 0m, 0.5m, 0.25m), kpi.Unit, at, "test", null));
            }
        }

        var benefits = new List<Benefit>();
        for (var b = r.Next(4); b > 0; b--)
        {
            var periods = Enumerable.Range(0, r.Next(4))
                .Select(p => new BenefitPeriod($"2026-Q{p + 1}", Pick(r, 0m, 1_000m, 250_000m, 999_960m), r.Next(3) == 0 ? null : Pick(r, 0m, 500m, 200_000m, 999_960m, 90_000m)))
                .ToList();
            var owner = Pick(r, "Ana Ruiz", "", " ana ruiz ");
            benefits.Add(new Benefit($"ben-{benefits.Count}", id, Pick(r, "licence-savings", "avoided-rework", "training"),
                Pick(r, BenefitCategory.Cashable, BenefitCategory.NonCashable, BenefitCategory.CostAvoidance, BenefitCategory.Revenue, BenefitCategory.NonFinancial),
                owner, periods, Pick<string?>(r, null, "Ana Ruiz", "ana ruiz", "Lee Chen"), Now.AddDays(-2), Pick<string?>(r, null, "", "moved to Q3")));
        }

        var surveys = Enumerable.Range(0, r.Next(9)).Select(s => new SurveyResponse($"resp-{s}", r.Next(8) == 0 ? "svc-2" : id,
            Pick(r, "executives", "EXECUTIVES", "project managers", "business units", "users"),
            r.Next(3) == 0 ? null : r.Next(1, 6), r.Next(3) == 0 ? null : r.Next(0, 11), Now.AddDays(-r.Next(-5, 90)), null)).ToList();

        var approvals = Enumerable.Range(0, r.Next(4)).Select(a =>
        {
            var status = Pick(r, ApprovalStatus.Pending, ApprovalStatus.Approved, ApprovalStatus.Rejected);
            var requested = Now.AddDays(-r.Next(0, 60));
            return new Approval($"apr-{a}", id, r.Next(6) == 0 ? "gate-1-2" : gate, Pick(r, "sponsor", "pmo-board"), status, requested, requested.AddDays(5), null, null,
                status == ApprovalStatus.Pending ? null : Pick<string?>(r, null, "Dana Lee"), status == ApprovalStatus.Pending || r.Next(4) == 0 ? null : requested.AddDays(1),
                Pick<string?>(r, null, "", "too vague"));
        }).ToList();

        var waivers = Enumerable.Range(0, r.Next(3) == 0 ? 1 : 0).Select(w => new Waiver($"wvr-{w}", id, r.Next(4) == 0 ? "gate-1-2" : gate, "Sam Patel", "pmo-director",
            "board decision", Now.AddDays(-3), Now.AddDays(r.Next(-5, 15)))).ToList();

        var statements = Enumerable.Range(0, r.Next(4)).Select(v => new ValueStatement($"val-{v}", Pick<string?>(r, id, id, "svc-2", null), "$2M avoided",
            Maybe(r, 2_000_000m), Pick<string?>(r, "USD", null), ["ben-0"], Now.AddDays(-r.Next(-3, 60)))).ToList();

        DecisionRight[] rights = r.Next(3) switch
        {
            0 => [],
            1 => [new DecisionRight("sponsor", ["*"], true, false), new DecisionRight("pmo-director", ["*"], false, true)],
            _ => [new DecisionRight("pmo-board", [gate.ToUpperInvariant()], true, true), new DecisionRight("sponsor", ["gate-1-2"], true, false)],
        };
        var charter = new PmoCharter(new Mandate("enterprise portfolio", "COO"), rights, ["deliver strategy"]);
        var baseline = new OrganizationalBaseline(["grow"], "collaborative", 2, "matrix", "general");
        var thresholds = r.Next(3) > 0 ? new GateThresholds() : new GateThresholds
        {
            OnboardedShare = Pick(r, 0.725m, 0.5m), MinimumResponses = r.Next(1, 6), CostAvoidanceDiscount = Pick(r, 1m, 0.25m),
            NpsTarget = Pick(r, 30m, -10m), ObservationMaxAge = TimeSpan.FromDays(Pick(r, 30, 45.5)), VarianceNoteBelow = Pick(r, 0.6m, 0.333m),
            RealizedBenefitShare = Pick(r, 0.9m, 0.5m), OnboardingCsat = Pick(r, 3.5m, 4.25m),
        };

        if (r.Next(4) == 0) AddPassingEvidence(gate, ref service, customers, kpis, observations, surveys, approvals, statements);

        return new GateContext(gate, service, customers, kpis, observations, benefits, surveys, approvals, waivers, charter, baseline, thresholds, Now)
        {
            ValueStatements = statements,
        };
    }

    /// <summary>What most gates need to pass, so each gate's Ready path is compared too, not only its failures.</summary>
    private static void AddPassingEvidence(string gate, ref PmoService service, List<PmoCustomer> customers, List<Kpi> kpis, List<Observation> observations,
        List<SurveyResponse> surveys, List<Approval> approvals, List<ValueStatement> statements)
    {
        var entered = service.StepEnteredAt;
        if (!customers.Any(c => c.Id == "c1")) customers.Add(new PmoCustomer("c1", "Customer c1", "executives", 1m));
        service = service with { CustomerIds = [.. service.CustomerIds.Append("c1").Distinct()], TargetUsers = 60, Sponsor = "Dana Lee" };
        kpis.Clear();
        observations.Clear();
        kpis.Add(new Kpi("kpi-good", service.Id, "onboarded-users", "users", GoodDirection.HigherIsBetter, 0m, 50m, new DateOnly(2026, 12, 31), "Ana Ruiz"));
        observations.Add(new Observation("obs-good-1", "kpi-good", 40m, "users", entered.AddHours(1), "test", null));
        observations.Add(new Observation("obs-good-2", "kpi-good", 55m, "users", entered.AddHours(2), "test", null));
        for (var i = 0; i < 3; i++)
            surveys.Add(new SurveyResponse($"resp-good-{i}", service.Id, "executives", 5, 10, entered.AddHours(3 + i), null));
        approvals.Add(new Approval("apr-good", service.Id, gate, "sponsor", ApprovalStatus.Approved, entered.AddHours(6), entered.AddDays(5), null, null, "Dana Lee", entered.AddHours(7), null));
        statements.Add(new ValueStatement("val-good", service.Id, "$2M avoided", 2_000_000m, "USD", ["ben-0"], entered.AddHours(8)));
    }

    private static T Pick<T>(Random r, params T[] values) => values[r.Next(values.Length)];

    private static T? Maybe<T>(Random r, T value) where T : struct => r.Next(4) == 0 ? null : value;
}
