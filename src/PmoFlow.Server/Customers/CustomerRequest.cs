using PmoFlow.Core.Customers;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Customers;

/// <summary>A new PMO customer; the id defaults to one derived from the name, the relevance weight to 1.</summary>
internal sealed record CustomerRequest(string? Id, string? Name, string? Group, decimal? RelevanceWeight)
{
    public PmoCustomer? ToCustomer(RequestErrors errors)
    {
        var id = errors.Id("id", Id, required: false);
        var name = errors.Text("name", Name, 200);
        var group = errors.Text("group", Group, 100);
        errors.Range("relevanceWeight", RelevanceWeight, 0, 1);
        return errors.HasErrors ? null : new PmoCustomer(id ?? ApiIds.Slug(name!), name!, group!, RelevanceWeight ?? 1m);
    }
}
