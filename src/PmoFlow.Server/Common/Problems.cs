using Microsoft.AspNetCore.Http.HttpResults;
using PmoFlow.Core.Ports;

namespace PmoFlow.Server.Common;

/// <summary>
/// The RFC 7807 problems the API answers with besides plain validation. Each names the offending field twice: as
/// <c>field</c>, and in <c>errors</c> the way a validation problem does, so a client reads every 4xx the same way.
/// </summary>
internal static class Problems
{
    /// <summary>The field access problems name: the API key the request carried (or lacked).</summary>
    public const string KeyField = "apiKey";

    /// <summary>404: an id that names nothing.</summary>
    public static HttpValidationProblemDetails NotFound(string field, string detail) => Create(StatusCodes.Status404NotFound, "Not found.", field, detail);

    /// <summary>409: the request clashes with what is stored (a duplicate id, an approval already decided).</summary>
    public static HttpValidationProblemDetails Conflict(string field, string detail) => Create(StatusCodes.Status409Conflict, "Conflict.", field, detail);

    /// <summary>403: the charter gives the role no such right.</summary>
    public static HttpValidationProblemDetails Forbidden(string field, string detail) => Create(StatusCodes.Status403Forbidden, "Not entitled.", field, detail);

    /// <summary>401: no API key, or one that is not (or no longer) valid; the field is the key.</summary>
    public static HttpValidationProblemDetails Unauthenticated(string detail) => Create(StatusCodes.Status401Unauthorized, "Not authenticated.", KeyField, detail);

    /// <summary>403: the key is valid but its role may not do this.</summary>
    public static HttpValidationProblemDetails NotPermitted(string detail) => Create(StatusCodes.Status403Forbidden, "Not permitted.", KeyField, detail);

    /// <summary>400 for one field.</summary>
    public static HttpValidationProblemDetails Invalid(string field, string detail) => Create(StatusCodes.Status400BadRequest, "The request is not valid.", field, detail);

    /// <summary>The problem as an endpoint result.</summary>
    public static ProblemHttpResult Result(HttpValidationProblemDetails problem) => TypedResults.Problem(problem);

    /// <summary>The exception a lookup throws for an unknown id; the exception handler turns it into a 404.</summary>
    public static PmoDataException Missing(string field, string what, string id) => new(field, $"No {what} has id '{id}'.", isNotFound: true);

    private static HttpValidationProblemDetails Create(int status, string title, string field, string detail) => new(new Dictionary<string, string[]> { [field] = [detail] })
    {
        Status = status,
        Title = title,
        Detail = detail,
        Extensions = { ["field"] = field },
    };
}
