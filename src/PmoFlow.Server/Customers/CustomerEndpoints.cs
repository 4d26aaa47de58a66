using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Access;
using PmoFlow.Core.Customers;
using PmoFlow.Core.Ports;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Customers;

/// <summary>PMO customers: sponsors, executives, project managers, business units, each with a relevance weight.</summary>
internal static class CustomerEndpoints
{
    public static void MapCustomerEndpoints(this IEndpointRouteBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers");
        customers.MapGet("", ([FromServices] IPmoStore store, CancellationToken ct) => store.ListCustomersAsync(ct))
            .RequirePmoRead().WithName("ListCustomers").WithSummary("Every PMO customer").Produces<IReadOnlyList<PmoCustomer>>();
        customers.MapGet("/{customerId}", GetAsync).RequirePmoRead().WithName("GetCustomer").WithSummary("One PMO customer")
            .Produces<PmoCustomer>().ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapPost("", CreateAsync).RequirePmoRole(PmoRole.GateAgent).WithName("CreateCustomer").WithSummary("Add a PMO customer")
            .Produces<PmoCustomer>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> GetAsync(string customerId, [FromServices] IPmoStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListCustomersAsync(cancellationToken)).FirstOrDefault(c => c.Id == customerId)
            ?? throw Problems.Missing("customerId", "customer", customerId));

    private static async Task<IResult> CreateAsync([FromBody] CustomerRequest request, [FromServices] IPmoStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var customer = request.ToCustomer(errors);
        if (customer is null) return errors.ToResult();

        if ((await store.ListCustomersAsync(cancellationToken)).Any(c => c.Id == customer.Id))
            return Problems.Result(Problems.Conflict("id", $"A customer with id '{customer.Id}' already exists."));
        await store.AddCustomerAsync(customer, Actor.Of(http), cancellationToken);
        return TypedResults.Created($"/api/customers/{customer.Id}", customer);
    }
}
