namespace PmoFlow.Core.Engine;

/// <summary>Ids of the records the engine writes on every transition (gate evaluations, approvals).</summary>
public static class PmoIds
{
    /// <summary>
    /// 32 hex digits, time-ordered (UUID version 7, stamped with the engine's clock): each table keeps a unique index
    /// on its id, and ids that grow with time add to the end of that index instead of to a random page of it, so a
    /// transition dirties, and a checkpoint writes, fewer index pages. A time before 1970, which version 7 cannot
    /// carry (a test case without a clock), stamps 1970.
    /// </summary>
    public static string New(DateTimeOffset at) => Guid.CreateVersion7(at < DateTimeOffset.UnixEpoch ? DateTimeOffset.UnixEpoch : at).ToString("N");
}
