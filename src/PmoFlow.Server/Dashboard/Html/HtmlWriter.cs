using System.Runtime.CompilerServices;
using System.Text;

namespace PmoFlow.Server.Dashboard.Html;

/// <summary>
/// Builds a page from interpolated strings whose holes are HTML-encoded unless they are <see cref="Markup"/>: the
/// encoding Razor does by default, without Razor components (whose generated classes are public and which need the
/// Razor component services). Only interpolated strings are accepted, so a value from the store cannot be appended
/// unencoded by accident: <c>html.Append(name)</c> does not compile, <c>html.Append($"&lt;b&gt;{name}&lt;/b&gt;")</c> encodes it.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _builder = new(4096);

    /// <summary>The underlying text, for the handler.</summary>
    internal StringBuilder Builder => _builder;

    /// <summary>Appends the literal parts as they are and every interpolated value encoded (or as is, for <see cref="Markup"/>).</summary>
    public HtmlWriter Append([InterpolatedStringHandlerArgument("")] ref HtmlInterpolation html) => this;

    /// <summary>Appends markup that is already safe.</summary>
    public HtmlWriter Append(Markup markup)
    {
        _builder.Append(markup.Value);
        return this;
    }

    /// <summary>Appends <paramref name="write"/> for every item.</summary>
    public HtmlWriter Each<T>(IEnumerable<T> items, Action<HtmlWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);
        foreach (var item in items) write(this, item);
        return this;
    }

    /// <summary>What was written, as markup to put into another writer.</summary>
    public Markup ToMarkup() => new(_builder.ToString());

    /// <inheritdoc />
    public override string ToString() => _builder.ToString();
}
