namespace PmoFlow.Persistence.Migrations;

/// <summary>One versioned schema script (<c>0001_initial.sql</c>: version 1, name <c>initial</c>).</summary>
internal sealed record Migration(int Version, string Name, string Sql);
