using System.Globalization;
using PmoFlow.Server.Common;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Server.Elsa.Definitions;

/// <summary>
/// The Studio's list query (<c>?versionOptions=Latest&amp;Page=0&amp;PageSize=10&amp;OrderBy=Name&amp;SearchTerm=...</c>; names are
/// PascalCase there, camelCase elsewhere, so they are read case-insensitively). Pages count from 0, as in Elsa.
/// </summary>
internal sealed record DefinitionListQuery(string Versions, VersionOptions Options, int Page, int PageSize, string? SearchTerm, string OrderBy, bool Descending,
    IReadOnlySet<string>? DefinitionIds)
{
    private const int MaxPageSize = 1000;

    public static DefinitionListQuery? Parse(IQueryCollection query, RequestErrors errors)
    {
        var versions = query["versionOptions"].FirstOrDefault() is { Length: > 0 } v ? v : "Latest";
        var options = VersionOptions.Latest;
        if (!string.Equals(versions, "All", StringComparison.OrdinalIgnoreCase) && !VersionOptions.TryParse(versions, out options))
            errors.Add("versionOptions", $"'{versions}' is not a version option; use Latest, Published, LatestOrPublished, All or a version number.");

        var page = Int(query, "page", 0, errors);
        var pageSize = Int(query, "pageSize", MaxPageSize, errors);
        if (page < 0) errors.Add("page", "'page' counts from 0.");
        if (pageSize is < 1 or > MaxPageSize) errors.Add("pageSize", $"'pageSize' must be between 1 and {MaxPageSize}.");

        var orderBy = query["orderBy"].FirstOrDefault() is { Length: > 0 } o ? o : "Name";
        if (orderBy is not ("Name" or "Version" or "Created")) errors.Add("orderBy", $"'{orderBy}' is not an order; use Name, Version or Created.");
        var direction = query["orderDirection"].FirstOrDefault();
        var descending = direction is { Length: > 0 } ? string.Equals(direction, "Descending", StringComparison.OrdinalIgnoreCase) : orderBy != "Name";

        var ids = query["definitionIds"].Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!).ToHashSet(StringComparer.Ordinal);
        var search = query["searchTerm"].FirstOrDefault()?.Trim();
        if (errors.HasErrors) return null;
        return new DefinitionListQuery(versions, options, page, pageSize, string.IsNullOrEmpty(search) ? null : search, orderBy, descending, ids.Count > 0 ? ids : null);
    }

    /// <summary>The matching versions, ordered, before paging.</summary>
    public IReadOnlyList<WorkflowDefinition> Select(IWorkflowDefinitionStore store)
    {
        var all = string.Equals(Versions, "All", StringComparison.OrdinalIgnoreCase)
            ? store.List(VersionOptions.Latest).SelectMany(d => store.ListVersions(d.DefinitionId))
            : store.List(Options);
        var matching = all
            .Where(d => DefinitionIds is null || DefinitionIds.Contains(d.DefinitionId))
            .Where(d => SearchTerm is null || Contains(d.Name, SearchTerm) || Contains(d.DefinitionId, SearchTerm) || Contains(d.Json["description"]?.ToString(), SearchTerm));
        IOrderedEnumerable<WorkflowDefinition> ordered = OrderBy switch
        {
            "Version" => Descending ? matching.OrderByDescending(d => d.Version) : matching.OrderBy(d => d.Version),
            "Created" => Descending ? matching.OrderByDescending(Created, StringComparer.Ordinal) : matching.OrderBy(Created, StringComparer.Ordinal),
            _ => Descending ? matching.OrderByDescending(Name, StringComparer.OrdinalIgnoreCase) : matching.OrderBy(Name, StringComparer.OrdinalIgnoreCase),
        };
        return ordered.ThenBy(d => d.DefinitionId, StringComparer.Ordinal).ThenBy(d => d.Version).ToArray();
    }

    private static string Name(WorkflowDefinition d) => d.Name ?? d.DefinitionId;

    private static string Created(WorkflowDefinition d) => d.Json["createdAt"]?.ToString() ?? "";

    private static bool Contains(string? text, string term) => text?.Contains(term, StringComparison.OrdinalIgnoreCase) == true;

    private static int Int(IQueryCollection query, string name, int fallback, RequestErrors errors)
    {
        var text = query[name].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        errors.Add(name, $"'{name}' must be a whole number (was '{text}').");
        return fallback;
    }
}
