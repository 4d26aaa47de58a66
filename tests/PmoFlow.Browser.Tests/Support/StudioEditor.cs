using Microsoft.Playwright;

namespace PmoFlow.Browser.Tests.Support;

/// <summary>
/// Drives the Studio's editor the way a person does: palette, canvas, ports, toolbar. The canvas is AntV X6 (SVG):
/// each activity is a <c>g[data-cell-id]</c>, each port a <c>g[port][port-group]</c> with a round hit area.
/// </summary>
internal sealed class StudioEditor(StudioTab tab)
{
    private IPage Page => tab.Page;

    /// <summary>Opens the editor on a definition and waits until the canvas shows its activities.</summary>
    public async Task OpenAsync(string definitionId)
    {
        await Page.GotoAsync($"designer/workflows/{Uri.EscapeDataString(definitionId)}");
        await Page.Locator("g.x6-node[data-cell-id]").First.WaitForAsync(new() { Timeout = StudioTab.StartTimeout });
        // The palette fills from the descriptors after the canvas; it is needed by every edit.
        await Page.Locator("[draggable=\"true\"]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = StudioTab.StartTimeout });
    }

    public async Task<IReadOnlyList<string>> CellIdsAsync() =>
        await Page.Locator("g.x6-node[data-cell-id]").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.getAttribute('data-cell-id'))");

    /// <summary>Clicks the toolbar button whose tooltip reads <paramref name="tooltip"/> (the buttons are icons only).</summary>
    public async Task ClickToolAsync(string tooltip)
    {
        await (await FindToolAsync(tooltip)).ClickAsync();
        await Page.Mouse.MoveAsync(5, 5);
    }

    /// <summary>Opens the menu on the arrow right of Publish and clicks one of its items (Export, Import, Retract...).</summary>
    public async Task ClickMenuItemAsync(string item)
    {
        var publish = await (await FindToolAsync("Publish workflow")).BoundingBoxAsync();
        var buttons = Page.Locator("button.mud-icon-button");
        ILocator? arrow = null;
        var nearest = float.MaxValue;
        for (var i = 0; i < await buttons.CountAsync(); i++)
        {
            if (await buttons.Nth(i).BoundingBoxAsync() is not { } box || Math.Abs(box.Y + box.Height / 2 - (publish!.Y + publish.Height / 2)) > 8) continue;
            var gap = box.X - publish.X;
            if (gap > 1 && gap < nearest) (arrow, nearest) = (buttons.Nth(i), gap);
        }
        await (arrow ?? throw new InvalidOperationException("No menu arrow beside Publish.")).ClickAsync();
        await Page.GetByText(item, new() { Exact = true }).ClickAsync();
    }

    private async Task<ILocator> FindToolAsync(string tooltip)
    {
        var buttons = Page.Locator("button.mud-icon-button");
        var count = await buttons.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var button = buttons.Nth(i);
            if (!await button.IsVisibleAsync()) continue;
            await button.HoverAsync();
            try
            {
                await Page.Locator(".mud-tooltip", new() { HasTextString = tooltip }).First.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 600 });
                return button;
            }
            catch (TimeoutException)
            {
                // not this one
            }
        }
        throw new InvalidOperationException($"No toolbar button with the tooltip '{tooltip}'.");
    }

    /// <summary>Opens a palette category (they start collapsed).</summary>
    public async Task ExpandCategoryAsync(string category)
    {
        var item = Page.Locator(".mud-expand-panel-header", new() { HasTextString = category }).First;
        await item.ClickAsync();
    }

    /// <summary>
    /// Drops a palette item on the canvas at a page position. HTML5 drag and drop is dispatched as the browser would
    /// (dragstart, dragover, drop with one DataTransfer), the way the Studio's palette expects it.
    /// </summary>
    public async Task DropAsync(string displayName, float x, float y)
    {
        var item = Page.Locator("[draggable=\"true\"]", new() { HasTextString = displayName }).First;
        await item.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var dropped = await item.EvaluateAsync<string>("""
            async (source, point) => {
              if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) return 'bad point ' + JSON.stringify(point);
              const target = document.elementFromPoint(point.x, point.y)?.closest('.flowchart-diagram-designer-wrapper')
                ?? document.querySelector('.flowchart-diagram-designer-wrapper');
              if (!target) return 'no canvas';
              const data = new DataTransfer();
              const box = source.getBoundingClientRect();
              source.dispatchEvent(new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer: data, clientX: box.x + 5, clientY: box.y + 5 }));
              await new Promise(r => setTimeout(r, 300));
              target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data, clientX: point.x, clientY: point.y }));
              await new Promise(r => setTimeout(r, 200));
              target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data, clientX: point.x, clientY: point.y }));
              source.dispatchEvent(new DragEvent('dragend', { bubbles: true, cancelable: true, dataTransfer: data }));
              return 'dropped';
            }
            """, new { x = (double)x, y = (double)y }); // Playwright serializes float as {}
        Assert.True(dropped == "dropped", $"Dropping '{displayName}' at ({x}, {y}): {dropped}");
    }

    /// <summary>Draws a connection with the mouse from one activity's outbound port to another's inbound port.</summary>
    public async Task ConnectAsync(string sourceId, string port, string targetId)
    {
        var from = await CenterAsync($"g[data-cell-id=\"{sourceId}\"] g[port=\"{port}\"][port-group=\"out\"] circle.elsa-designer-port-hit-area");
        var to = await CenterAsync($"g[data-cell-id=\"{targetId}\"] g[port-group=\"in\"] circle.elsa-designer-port-hit-area");
        await Page.Mouse.MoveAsync(from.X, from.Y);
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync((from.X + to.X) / 2, (from.Y + to.Y) / 2, new() { Steps = 10 });
        await Page.Mouse.MoveAsync(to.X, to.Y, new() { Steps = 10 });
        await Page.Mouse.UpAsync();
    }

    /// <summary>Where an element's center is on the page.</summary>
    public async Task<(float X, float Y)> CenterAsync(string selector)
    {
        var box = await Page.Locator(selector).First.BoundingBoxAsync() ?? throw new InvalidOperationException($"'{selector}' is not on the page.");
        return (box.X + box.Width / 2, box.Y + box.Height / 2);
    }
}
