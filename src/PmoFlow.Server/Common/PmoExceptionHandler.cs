using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using PmoFlow.Core.Ports;

namespace PmoFlow.Server.Common;

/// <summary>
/// Turns the exceptions that mean "bad request" into problem details: the store's refusals (unknown id → 404,
/// duplicate or already decided → 409) and bodies that are not the expected JSON (→ 400 naming the field). Anything
/// else is left to the default handler: a 500 is a bug, not an answer to bad input.
/// </summary>
internal sealed class PmoExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        // The body's declared type lets a type error say what the field expects.
        // The handler runs after the endpoint was cleared from the context; the feature keeps it.
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        var bodyType = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var problem = ToProblem(exception, bodyType);
        if (problem is null) return false;

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    internal static HttpValidationProblemDetails? ToProblem(Exception exception, Type? bodyType = null) => exception switch
    {
        PmoDataException { IsNotFound: true } e => Problems.NotFound(e.Field, e.Message),
        // The store refuses only conflicts with what it holds; malformed input is refused before it gets there.
        PmoDataException e => Problems.Conflict(e.Field, e.Message),
        BadHttpRequestException { InnerException: JsonException json } => Malformed(json, bodyType),
        BadHttpRequestException e => BadRequest(e),
        JsonException json => Malformed(json, bodyType),
        _ => null,
    };

    private static HttpValidationProblemDetails Malformed(JsonException json, Type? bodyType) =>
        Problems.Invalid(JsonErrors.Field(json), JsonErrors.Describe(json, bodyType));

    private static HttpValidationProblemDetails BadRequest(BadHttpRequestException exception)
    {
        // "Implicit body inferred ... but no body was provided" / "Required parameter ... was not provided from body".
        var missingBody = exception.Message.Contains("no body was provided", StringComparison.OrdinalIgnoreCase)
            || exception.Message.Contains("was not provided from body", StringComparison.OrdinalIgnoreCase);
        var problem = Problems.Invalid("body", missingBody ? "A JSON request body is required." : exception.Message);
        problem.Status = exception.StatusCode;
        if (exception.StatusCode != StatusCodes.Status400BadRequest) problem.Title = "The request cannot be processed.";
        return problem;
    }
}
