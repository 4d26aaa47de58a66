using System.CommandLine;

namespace PmoFlow.Cli.Pmo;

/// <summary>The <c>--db</c> and <c>--server</c> options every PMO command takes, and the client they select.</summary>
internal sealed class PmoConnection
{
    private readonly Option<string?> _db = new("--db")
    {
        Description = "The SQLite database to use (default ./data/pmoflow.db, the server's file when it runs from the repository root).",
    };

    private readonly Option<string?> _server = new("--server") { Description = "Use a running PmoFlow server instead of the local database, such as http://localhost:5000." };

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_db);
        command.Options.Add(_server);
    }

    /// <summary>The server's client when <c>--server</c> is given, else the local database's.</summary>
    public async Task<IPmoClient> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (db, server) = Read(parse);
        return server is not null ? HttpPmoClient.Create(server) : await LocalPmoClient.OpenAsync(db, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The <c>--db</c> and <c>--server</c> values; at most one of them is set.</summary>
    public (string? Database, string? Server) Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var server = parse.GetValue(_server);
        var db = parse.GetValue(_db);
        if (server is not null && db is not null) throw new CliException("--db and --server cannot be combined: the server uses its own database");
        return (db, server);
    }
}
