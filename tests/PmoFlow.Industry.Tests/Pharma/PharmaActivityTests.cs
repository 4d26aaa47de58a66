using System.Text.Json.Nodes;
using PmoFlow.Industry.Tests.Support;

namespace PmoFlow.Industry.Tests.Pharma;

[Collection(PluginHostCollection.Name)]
public sealed class PharmaActivityTests(PluginHost host)
{
    private const string Milestone = "Pharma.SubmissionMilestone";
    private const string Evidence = "Pharma.ValidationEvidence";

    private static readonly Dictionary<string, object?> FilingDecision = new()
    {
        ["Submission"] = "NDA 215123", ["Milestone"] = "fda-filing-60-day", ["ClockStart"] = "2026-03-02",
    };

    [Fact]
    public async Task SubmissionMilestone_BeforeItsDueDate_WaitsOnABookmarkDueWhenTheClockRunsOut()
    {
        host.Clock.Now = At("2026-04-15");

        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.Pharma, Milestone, FilingDecision);

        Assert.Null(run.Outcomes);
        var bookmark = Assert.Single(run.Bookmarks);
        Assert.Equal("Pharma.SubmissionMilestone", bookmark.Name);
        Assert.Equal("NDA 215123/fda-filing-60-day", bookmark.Key);
        Assert.Equal(At("2026-05-01"), bookmark.ResumeAt);
        Assert.Equal(At("2026-05-01"), run.Outputs["DueDate"]);
    }

    [Fact]
    public async Task SubmissionMilestone_RecordedBeforeTheDueDate_TakesReachedWithTheDaysEarly()
    {
        host.Clock.Now = At("2026-04-15");
        var waiting = await ActivityRunner.RunAsync(host, IndustryPlugins.Pharma, Milestone, FilingDecision);
        host.Clock.Now = At("2026-04-28");

        var run = await ActivityRunner.ResumeAsync(host, IndustryPlugins.Pharma, Milestone, waiting, FilingDecision,
            new JsonObject { ["reachedOn"] = "2026-04-28", ["reference"] = "FDA filing communication, 28 April 2026" });

        Assert.Equal(["Reached"], run.Outcomes);
        Assert.Equal(-3, run.Outputs["DaysLate"]);
        var record = Assert.IsType<Dictionary<string, object?>>(run.Outputs["Record"]);
        Assert.Equal("NDA 215123", record["submission"]);
        Assert.Equal("FDA filing communication, 28 April 2026", record["reference"]);
        Assert.Equal("2026-05-01T00:00:00.0000000+00:00", record["dueDate"]);
    }

    [Fact]
    public async Task SubmissionMilestone_TimerFiresWithoutARecord_TakesOverdue()
    {
        host.Clock.Now = At("2026-04-15");
        var waiting = await ActivityRunner.RunAsync(host, IndustryPlugins.Pharma, Milestone, FilingDecision);
        host.Clock.Now = At("2026-05-03");

        var run = await ActivityRunner.ResumeAsync(host, IndustryPlugins.Pharma, Milestone, waiting, FilingDecision);

        Assert.Equal(["Overdue"], run.Outcomes);
        Assert.Equal(2, run.Outputs["DaysLate"]);
    }

    [Fact]
    public async Task SubmissionMilestone_ResumedEarlyWithoutARecord_KeepsWaiting()
    {
        host.Clock.Now = At("2026-04-15");
        var waiting = await ActivityRunner.RunAsync(host, IndustryPlugins.Pharma, Milestone, FilingDecision);

        var run = await ActivityRunner.ResumeAsync(host, IndustryPlugins.Pharma, Milestone, waiting, FilingDecision, new JsonObject { ["reachedOn"] = "soon" });

        Assert.Null(run.Outcomes);
        Assert.Equal(At("2026-05-01"), Assert.Single(run.Bookmarks).ResumeAt);
        Assert.Equal("reachedOn 'soon' is not a date; still waiting for the milestone", run.Outputs["Findings"]);
    }

    [Fact]
    public async Task SubmissionMilestone_PriorityReviewPastItsGoalDate_IsOverdueAtOnce()
    {
        host.Clock.Now = At("2026-06-01");

        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.Pharma, Milestone, new Dictionary<string, object?>
        {
            ["Submission"] = "BLA 761402", ["Milestone"] = "fda-pdufa-priority", ["ClockStart"] = "2025-09-01",
        });

        Assert.Equal(["Overdue"], run.Outcomes);
        Assert.Equal(At("2026-05-01"), run.Outputs["DueDate"]);
        Assert.Equal(31, run.Outputs["DaysLate"]);
    }

    [Fact]
    public async Task SubmissionMilestone_AlreadyReached_CompletesAtOnce()
    {
        host.Clock.Now = At("2026-06-01");

        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.Pharma, Milestone, new Dictionary<string, object?>
        {
            ["Submission"] = "MAA EMEA/H/C/006123", ["Milestone"] = "ec-decision-67-day", ["ClockStart"] = "2026-03-26", ["ReachedOn"] = "2026-05-29",
        });

        Assert.Equal(["Reached"], run.Outcomes);
        Assert.Equal(At("2026-06-01"), run.Outputs["DueDate"]);
        Assert.Equal(-3, run.Outputs["DaysLate"]);
    }

    [Fact]
    public async Task SubmissionMilestone_WithoutAClock_WaitsForTheRecordAlone()
    {
        host.Clock.Now = At("2026-06-01");

        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.Pharma, Milestone, new Dictionary<string, object?>
        {
            ["Submission"] = "IND 178004", ["Milestone"] = "custom", ["DueDate"] = "in two weeks",
        });

        Assert.Null(Assert.Single(run.Bookmarks).ResumeAt);
        Assert.Equal("DueDate 'in two weeks' is not a date", run.Outputs["Findings"]);
    }

    [Fact]
    public async Task ValidationEvidence_ConfiguredProductComplete_TakesComplete()
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.Pharma, Evidence, new Dictionary<string, object?>
        {
            ["System"] = "LIMS 8.2", ["GampCategory"] = 4, ["RequirementsTraced"] = 100, ["IqPassed"] = 100, ["OqPassed"] = 100, ["PqPassed"] = 100,
            ["OpenDeviations"] = 0, ["SummaryReportApproved"] = true,
        });

        Assert.Equal(["Complete"], run.Outcomes);
        Assert.Empty(Assert.IsType<string[]>(run.Outputs["Missing"]));
        Assert.Equal("LIMS 8.2 (GAMP 5 category 4): validation evidence complete", run.Outputs["Summary"]);
    }

    [Fact]
    public async Task ValidationEvidence_NonConfiguredProduct_NeedsNoOq()
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.Pharma, Evidence, new Dictionary<string, object?>
        {
            ["GampCategory"] = 3, ["RequirementsTraced"] = 100, ["IqPassed"] = 100, ["PqPassed"] = 100, ["OpenDeviations"] = 0, ["SummaryReportApproved"] = "true",
        });

        Assert.Equal(["Complete"], run.Outcomes);
    }

    [Fact]
    public async Task ValidationEvidence_CustomApplicationWithGaps_ListsWhatIsMissing()
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.Pharma, Evidence, new Dictionary<string, object?>
        {
            ["System"] = "MES batch record", ["GampCategory"] = 5, ["RequirementsTraced"] = 100, ["IqPassed"] = 100, ["OqPassed"] = 99.95m,
            ["OpenDeviations"] = 1,
        });

        Assert.Equal(["Incomplete"], run.Outcomes);
        Assert.Equal(["OQ test cases passed: 99.9% of 100%", "PQ test cases passed (not recorded)", "1 validation deviation to close",
            "quality assurance's approval of the validation summary report"], Assert.IsType<string[]>(run.Outputs["Missing"]));
    }

    [Fact]
    public async Task ValidationEvidence_UnknownCategory_IsIncompleteNotAFault()
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.Pharma, Evidence, new Dictionary<string, object?>
        {
            ["GampCategory"] = 2, ["IqPassed"] = 100, ["OpenDeviations"] = 0, ["SummaryReportApproved"] = true,
        });

        Assert.Equal(["Incomplete"], run.Outcomes);
        Assert.Equal(["GAMP 5 category 2 does not exist (1, 3, 4 or 5)"], Assert.IsType<string[]>(run.Outputs["Missing"]));
    }

    private static DateTimeOffset At(string date) => DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
}
