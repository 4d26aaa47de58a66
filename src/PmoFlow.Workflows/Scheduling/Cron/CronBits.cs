using System.Numerics;

namespace PmoFlow.Workflows.Scheduling.Cron;

/// <summary>
/// Bit-mask helpers. Every field fits in 64 bits (bit n set means value n is allowed), so finding
/// the next allowed value is a shift and a trailing-zero count instead of a scan.
/// </summary>
internal static class CronBits
{
    /// <summary>Bits <paramref name="low"/> through <paramref name="high"/>, inclusive.</summary>
    public static ulong Range(int low, int high) =>
        low > high ? 0UL : (ulong.MaxValue >> (63 - high)) & (ulong.MaxValue << low);

    /// <summary>The lowest set bit at or above <paramref name="from"/>, or -1 when there is none.</summary>
    public static int Next(ulong mask, int from)
    {
        if (from > 63)
        {
            return -1;
        }

        var candidates = mask & (ulong.MaxValue << Math.Max(from, 0));
        return candidates == 0 ? -1 : BitOperations.TrailingZeroCount(candidates);
    }

    public static bool IsSet(ulong mask, int bit) => bit is >= 0 and < 64 && (mask & (1UL << bit)) != 0;
}
