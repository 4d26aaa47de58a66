using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace PmoFlow.Browser.Tests.Dashboard;

/// <summary>
/// Console errors of a dashboard page. The designer's tab already fails on outside hosts and uncaught errors; the
/// dashboard also must not trip its content security policy, which the browser reports only on the console.
/// </summary>
internal sealed class DashboardPageWatch
{
    private readonly ConcurrentQueue<string> _errors = new();

    public DashboardPageWatch(IPage page) => page.Console += (_, message) =>
    {
        if (message.Type == "error") _errors.Enqueue(message.Text);
    };

    public void AssertNoConsoleErrors() => Assert.True(_errors.IsEmpty, "The dashboard logged errors: " + string.Join(" | ", _errors));
}
