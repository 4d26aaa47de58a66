namespace PmoFlow.Persistence.Sqlite;

/// <summary>One property of a parameter object: its name and a getter returning the value to bind.</summary>
internal sealed record ParameterAccessor(string Name, Func<object, object> Get);
