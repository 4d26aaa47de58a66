using PmoFlow.Tests.Conformance;
using Xunit.Abstractions;

namespace PmoFlow.Hosting.Tests.Conformance;

/// <summary>Runs every case of Elsa's own scenario workflows (read in place from ../shared/elsa-conformance).</summary>
public sealed class ElsaConformanceTests(ITestOutputHelper output)
{
    private static readonly string? Folder = ConformanceFolder.Find();

    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        if (Folder is null) data.Add("(conformance folder not found)");
        else foreach (var c in ConformanceCase.Load(Folder)) data.Add(c.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task Case_MeetsElsasExpectations(string id)
    {
        if (Folder is null)
        {
            output.WriteLine(ConformanceFolder.MissingMessage);
            return;
        }
        if (ConformanceSupport.Unsupported.TryGetValue(id, out var reason))
        {
            output.WriteLine($"{id}: not supported: {reason}");
            return;
        }
        var @case = ConformanceCase.Load(Folder).Single(c => c.Id == id);
        var failures = await ConformanceRunner.RunAsync(Folder, @case);
        Assert.True(failures.Count == 0, $"{id} ({@case.Workflow}):\n  " + string.Join("\n  ", failures));
    }

    [Fact]
    public async Task AllCases_ReportHowManyPass()
    {
        if (Folder is null)
        {
            output.WriteLine(ConformanceFolder.MissingMessage);
            await WriteSummaryAsync(ConformanceFolder.MissingMessage);
            return;
        }
        var cases = ConformanceCase.Load(Folder);
        var passed = 0;
        var report = new List<string>();
        foreach (var @case in cases)
        {
            if (ConformanceSupport.Unsupported.TryGetValue(@case.Id, out var reason)) { report.Add($"  unsupported {@case.Id}: {reason}"); continue; }
            var failures = await ConformanceRunner.RunAsync(Folder, @case);
            if (failures.Count == 0) passed++;
            else report.Add($"  FAILED {@case.Id}: {string.Join("; ", failures)}");
            if (ConformanceSupport.PartiallyChecked.TryGetValue(@case.Id, out var note)) report.Add($"  partly checked {@case.Id}: {note}");
        }
        var runAndPublish = cases.Count(c => c.Kind is "run" or "publish");
        var summary = $"Elsa conformance: {passed} of {cases.Count} cases pass ({runAndPublish} run/publish cases, {ConformanceSupport.Unsupported.Count} listed as unsupported)\n" + string.Join("\n", report);
        output.WriteLine(summary);
        await WriteSummaryAsync(summary);
        Assert.Equal(cases.Count - ConformanceSupport.Unsupported.Count, passed);
    }

    /// <summary>CI prints this file, since dotnet test does not show the output of passing tests.</summary>
    private static Task WriteSummaryAsync(string summary) =>
        File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "conformance-summary.txt"), summary + "\n");
}
