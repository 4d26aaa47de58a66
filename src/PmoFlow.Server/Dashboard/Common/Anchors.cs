using System.Text;

namespace PmoFlow.Server.Dashboard.Common;

/// <summary>
/// Element ids for records, so that evidence links land on the record itself. Record ids already hold only letters,
/// digits, <c>.</c>, <c>_</c> and <c>-</c> (the API's id rule) and pass unchanged; anything else (customer groups are free
/// text) becomes <c>~</c>, its hex code and <c>~</c>. The result is a valid id, needs no escaping in a URL fragment, and two
/// different names never share an anchor.
/// </summary>
internal static class Anchors
{
    public static string Benefit(string id) => "benefit-" + Escape(id);

    public static string Kpi(string id) => "kpi-" + Escape(id);

    public static string Observation(string id) => "observation-" + Escape(id);

    public static string Survey(string id) => "survey-" + Escape(id);

    public static string Group(string group) => "group-" + Escape(group);

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_') escaped.Append(c);
            else escaped.Append('~').Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append('~');
        }
        return escaped.ToString();
    }
}
