namespace PmoFlow.Abstractions.Expressions;

/// <summary>A variable or input an expression can refer to by name.</summary>
/// <param name="Name">The name as declared in the workflow.</param>
/// <param name="Type">The .NET type the workflow declares for it (<see cref="object"/> when untyped).</param>
public sealed record ExpressionMember(string Name, Type Type);
