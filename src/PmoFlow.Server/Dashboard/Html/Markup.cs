namespace PmoFlow.Server.Dashboard.Html;

/// <summary>
/// HTML that is already safe: a constant, or the output of an <see cref="HtmlWriter"/>. Interpolated into a writer it is
/// copied as it is, where every other value is encoded; wrapping text from the store in it would defeat the encoding.
/// </summary>
/// <param name="Value">The markup.</param>
internal readonly record struct Markup(string Value)
{
    /// <summary>No markup.</summary>
    public static Markup Empty { get; } = new("");

    /// <summary>The markup <paramref name="write"/> produces.</summary>
    public static Markup Of(Action<HtmlWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var html = new HtmlWriter();
        write(html);
        return html.ToMarkup();
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
