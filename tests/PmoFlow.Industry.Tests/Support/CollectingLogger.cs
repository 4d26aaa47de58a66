using Microsoft.Extensions.Logging;

namespace PmoFlow.Industry.Tests.Support;

/// <summary>Keeps what the rule engine logs, so a pack that does not compile fails its test with the compiler's messages.</summary>
internal sealed class CollectingLogger<T>(LogLines lines) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lines.Add($"{logLevel}: {formatter(state, exception)}{(exception is null ? "" : " " + exception)}");
    }
}
