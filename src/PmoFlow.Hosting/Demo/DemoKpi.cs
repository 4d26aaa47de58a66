using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Kpis;

namespace PmoFlow.Hosting.Demo;

/// <summary>A KPI of a demo service and the readings the demo records, one per step from <paramref name="FirstReading"/> on.</summary>
/// <param name="Name">The KPI's name.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Baseline">Where it started; null leaves the success criterion incomplete on purpose.</param>
/// <param name="Target">Where it should get to.</param>
/// <param name="Owner">Who owns it; null leaves the success criterion incomplete on purpose.</param>
/// <param name="Readings">Observed values in order; fewer readings than steps is how a service runs out of data.</param>
/// <param name="FirstReading">The step in which the first reading is recorded.</param>
internal sealed record DemoKpi(string Name, string Unit, decimal? Baseline, decimal Target, string? Owner, IReadOnlyList<decimal> Readings,
    FlywheelStep FirstReading = FlywheelStep.ServiceOperation)
{
    /// <summary>Lower is better when the target sits below the baseline (defects, overruns).</summary>
    public GoodDirection Direction => Baseline is { } b && Target < b ? GoodDirection.LowerIsBetter : GoodDirection.HigherIsBetter;

    /// <summary>The readings recorded while the service is in <paramref name="step"/>, with their position.</summary>
    public IEnumerable<(int Index, decimal Value)> ReadingsIn(FlywheelStep step)
    {
        var index = (int)step - (int)FirstReading;
        // Steps 9 and 10 are about benefits and recognition; the KPI trend is settled by then.
        if (index >= 0 && index < Readings.Count && step <= FlywheelStep.ServiceImprovement) yield return (index, Readings[index]);
    }
}
