using PmoFlow.Core.Customers;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>A <c>customers</c> row.</summary>
internal sealed class CustomerRow
{
    public const string Columns = "id, name, customer_group AS CustomerGroup, relevance_weight AS RelevanceWeight";

    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string CustomerGroup { get; init; } = "";
    public string RelevanceWeight { get; init; } = "0";

    public PmoCustomer ToDomain() => new(Id, Name, CustomerGroup, Db.ToDecimal(RelevanceWeight));
}
