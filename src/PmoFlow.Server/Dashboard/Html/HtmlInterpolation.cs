using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;

namespace PmoFlow.Server.Dashboard.Html;

/// <summary>
/// The interpolated-string handler behind <see cref="HtmlWriter.Append(ref HtmlInterpolation)"/>. Literal parts are the
/// template (written by us, copied as is); holes are data. <see cref="WebUtility.HtmlEncode(string)"/> escapes
/// <c>&lt; &gt; &amp; " '</c>, so an encoded value is safe both as text and inside a quoted attribute. Numbers and dates are
/// formatted with the invariant culture: the server runs with invariant globalization and pages must not vary by host.
/// </summary>
[InterpolatedStringHandler]
internal readonly ref struct HtmlInterpolation
{
    private readonly StringBuilder _builder;

    public HtmlInterpolation(int literalLength, int formattedCount, HtmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _ = formattedCount;
        _builder = writer.Builder;
        _builder.EnsureCapacity(_builder.Length + literalLength);
    }

    public void AppendLiteral(string value) => _builder.Append(value);

    public void AppendFormatted(Markup value) => _builder.Append(value.Value);

    public void AppendFormatted(string? value) => Encode(value);

    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public void AppendFormatted<T>(T value, string? format) =>
        Encode(value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString());

    private void Encode(string? value)
    {
        if (!string.IsNullOrEmpty(value)) _builder.Append(WebUtility.HtmlEncode(value));
    }
}
