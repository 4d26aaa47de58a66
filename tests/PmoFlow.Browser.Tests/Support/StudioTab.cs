using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace PmoFlow.Browser.Tests.Support;

/// <summary>
/// One page in its own browser context, watching for what must never happen: a request to a host other than the
/// server (the designer must need no outside host) and an uncaught script error.
/// </summary>
internal sealed class StudioTab : IAsyncDisposable
{
    /// <summary>Blazor's first start on two busy cores can take tens of seconds; waits are on conditions, never timings.</summary>
    public const float StartTimeout = 180_000;

    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _outsideHosts = new();
    private readonly ConcurrentQueue<string> _pageErrors = new();
    private int _shots;

    public StudioTab(string name, IBrowserContext context, IPage page, Uri server)
    {
        Name = name;
        _context = context;
        Page = page;
        page.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (url.Scheme is "http" or "https" or "ws" or "wss" && url.Authority != server.Authority) _outsideHosts.Enqueue(request.Url);
        };
        page.PageError += (_, error) => _pageErrors.Enqueue(error);
        page.Console += (_, message) => { if (message.Type is "error" or "warning") Console.Enqueue($"{message.Type}: {message.Text}"); };
    }

    public string Name { get; }

    /// <summary>The page's console errors and warnings, for a failing test's message.</summary>
    public ConcurrentQueue<string> Console { get; } = new();

    public IPage Page { get; }

    /// <summary>The tab's own browser context (its cookies).</summary>
    public IBrowserContext Context => _context;

    /// <summary>Saves a full-page screenshot as <c>{test}-{n}-{what}.png</c> in the artifacts folder.</summary>
    public async Task<string> ScreenshotAsync(string what)
    {
        var path = Artifacts.PathOf($"{Name}-{++_shots:D2}-{what}.png");
        await Page.ScreenshotAsync(new() { Path = path });
        return path;
    }

    /// <summary>Fails when the page asked any other host for anything, or threw.</summary>
    public void AssertClean()
    {
        Assert.True(_outsideHosts.IsEmpty, "The designer requested outside hosts: " + string.Join(", ", _outsideHosts.Distinct()));
        Assert.True(_pageErrors.IsEmpty, "The page threw: " + string.Join(" | ", _pageErrors));
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
