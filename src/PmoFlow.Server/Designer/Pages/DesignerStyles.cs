namespace PmoFlow.Server.Designer.Pages;

/// <summary>The pages' own few styles: system fonts only, since the designer loads nothing from outside hosts.</summary>
internal static class DesignerStyles
{
    public const string Css = """
        html, body { height: 100%; margin: 0; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937; background: #f8fafc; }
        .pmoflow-bar { display: flex; align-items: center; gap: 1rem; height: 44px; padding: 0 1rem; background: #0f3d5e; color: #fff; box-sizing: border-box; }
        .pmoflow-bar a { color: #fff; text-decoration: none; font-weight: 600; }
        .pmoflow-bar .pmoflow-title { font-weight: 600; }
        .pmoflow-bar .pmoflow-muted { opacity: .75; font-size: .9rem; }
        .pmoflow-bar .pmoflow-logout { margin: 0 0 0 auto; }
        .pmoflow-bar .pmoflow-logout button { font: inherit; font-size: .85rem; color: #fff; background: transparent; border: 1px solid rgba(255, 255, 255, .5); border-radius: 4px; padding: .2rem .7rem; cursor: pointer; }
        .pmoflow-editor { height: calc(100% - 44px); }
        .pmoflow-page { max-width: 960px; margin: 2rem auto; padding: 0 1rem; }
        .pmoflow-page table { width: 100%; border-collapse: collapse; background: #fff; }
        .pmoflow-page th, .pmoflow-page td { text-align: left; padding: .55rem .75rem; border-bottom: 1px solid #e5e7eb; }
        .pmoflow-page form { display: flex; gap: .5rem; margin: 1rem 0 1.5rem; }
        .pmoflow-page input { flex: 1; padding: .5rem; font: inherit; }
        .pmoflow-page button { padding: .5rem 1rem; font: inherit; background: #0f3d5e; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
        .pmoflow-error { color: #b91c1c; }
        #blazor-error-ui { display: none; position: fixed; bottom: 0; left: 0; right: 0; padding: .6rem 1rem; background: #fef3c7; z-index: 1000; }
        """;
}
