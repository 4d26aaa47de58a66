using PmoFlow.Server.Common;

namespace PmoFlow.Server.Governance;

/// <summary>Lists of short texts in the charter and baseline (objectives, gates).</summary>
internal static class GovernanceText
{
    /// <summary>The trimmed entries; a missing list is empty, a blank entry is an error naming its index.</summary>
    public static IReadOnlyList<string> List(string field, IReadOnlyList<string?>? values, int maxLength, RequestErrors errors)
    {
        var result = new List<string>();
        for (var i = 0; i < (values?.Count ?? 0); i++)
            if (errors.Text($"{field}[{i}]", values![i], maxLength) is { } text) result.Add(text);
        return result;
    }
}
