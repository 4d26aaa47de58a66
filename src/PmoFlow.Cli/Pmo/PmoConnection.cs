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

    private readonly Option<string?> _apiKey = new("--api-key")
    {
        Description = $"The API key to send to --server (default: the {ApiKeyVariable} environment variable). Its role decides what the command may do.",
    };

    /// <summary>The environment variable that holds the key when <c>--api-key</c> is not given.</summary>
    public const string ApiKeyVariable = "PMOFLOW_API_KEY";

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_db);
        command.Options.Add(_server);
        command.Options.Add(_apiKey);
    }

    /// <summary>The server's client when <c>--server</c> is given, else the local database's.</summary>
    public async Task<IPmoClient> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (db, server) = Read(parse);
        return server is not null ? HttpPmoClient.Create(server, ApiKey(parse)) : await LocalPmoClient.OpenAsync(db, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The <c>--db</c> and <c>--server</c> values; at most one of them is set, and <c>--api-key</c> only with a server.</summary>
    public (string? Database, string? Server) Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var server = parse.GetValue(_server);
        var db = parse.GetValue(_db);
        if (server is not null && db is not null) throw new CliException("--db and --server cannot be combined: the server uses its own database");
        // The local database needs no key (whoever can open the file has it all); a key given there is a mistake worth saying.
        if (server is null && parse.GetValue(_apiKey) is not null) throw new CliException("--api-key goes with --server: the local database needs no key");
        return (db, server);
    }

    /// <summary>The key for the server: <c>--api-key</c>, else the <see cref="ApiKeyVariable"/> environment variable, else none.</summary>
    public string? ApiKey(ParseResult parse) => parse.GetValue(_apiKey) ?? NonEmpty(Environment.GetEnvironmentVariable(ApiKeyVariable));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
