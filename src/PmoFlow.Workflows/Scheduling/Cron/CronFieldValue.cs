namespace PmoFlow.Workflows.Scheduling.Cron;

/// <summary>A parsed field.</summary>
/// <param name="Mask">Bit n set means value n is allowed.</param>
/// <param name="LastDayOffsets">Day-of-month only: bit n set means "n days before the last day" (<c>L-n</c>).</param>
/// <param name="IsInterval">
/// The field used <c>*</c>, a range or a step. Cronos uses this for seconds, minutes and hours to
/// decide whether an occurrence repeats in the hour that a DST fall-back replays.
/// </param>
internal readonly record struct CronFieldValue(ulong Mask, ulong LastDayOffsets, bool IsInterval);
