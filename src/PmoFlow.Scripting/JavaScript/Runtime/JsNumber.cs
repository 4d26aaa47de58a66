using System.Globalization;
using System.Text;

namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>Number-to-string and string-to-number exactly as ECMAScript defines them.</summary>
internal static class JsNumber
{
    public static string ToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (value == 0)
        {
            return "0";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (Math.Abs(value) < 9e15 && value == Math.Floor(value))
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        // "R" yields the shortest digits that round-trip; only the layout differs from JavaScript.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        bool negative = text[0] == '-';
        var span = text.AsSpan(negative ? 1 : 0);
        int exponent = 0;
        int e = span.IndexOfAny('E', 'e');
        if (e >= 0)
        {
            exponent = int.Parse(span[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            span = span[..e];
        }

        var digits = new StringBuilder(span.Length);
        int point = span.IndexOf('.');
        if (point < 0)
        {
            point = span.Length;
        }

        foreach (char c in span)
        {
            if (c != '.')
            {
                digits.Append(c);
            }
        }

        int leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
        {
            leading++;
        }

        digits.Remove(0, leading);
        point -= leading;
        while (digits.Length > 1 && digits[^1] == '0')
        {
            digits.Length--;
        }

        return Layout(negative, digits.ToString(), point + exponent);
    }

    /// <summary>ECMA-262 Number::toString layout for digits d1..dk and decimal exponent n.</summary>
    private static string Layout(bool negative, string digits, int n)
    {
        int k = digits.Length;
        var sb = new StringBuilder(k + 8);
        if (negative)
        {
            sb.Append('-');
        }

        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            int exp = n - 1;
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            sb.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>ECMAScript StringToNumber: whole string must be a numeric literal, else NaN.</summary>
    public static double Parse(string text)
    {
        var s = text.AsSpan().Trim();
        if (s.IsEmpty)
        {
            return 0;
        }

        if (s.Length > 2 && s[0] == '0' && char.ToLowerInvariant(s[1]) is 'x' or 'o' or 'b')
        {
            int radix = char.ToLowerInvariant(s[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            return ParseIntegerDigits(s[2..], radix, out int used) is var v && used == s.Length - 2 ? v : double.NaN;
        }

        var body = s[0] is '+' or '-' ? s[1..] : s;
        if (body.SequenceEqual("Infinity"))
        {
            return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (body.IsEmpty || !(char.IsAsciiDigit(body[0]) || body[0] == '.'))
        {
            return double.NaN;
        }

        return double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var result)
            ? result
            : double.NaN;
    }

    /// <summary>parseFloat: the longest prefix that is a decimal literal.</summary>
    public static double ParseFloatPrefix(string text)
    {
        var s = text.AsSpan().TrimStart();
        int i = 0;
        if (i < s.Length && s[i] is '+' or '-')
        {
            i++;
        }

        if (s[i..].StartsWith("Infinity"))
        {
            return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }

        int digitsStart = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }
        }

        if (i == digitsStart || (i == digitsStart + 1 && s[digitsStart] == '.'))
        {
            return double.NaN;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            int j = i + 1;
            if (j < s.Length && s[j] is '+' or '-')
            {
                j++;
            }

            if (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                while (j < s.Length && char.IsAsciiDigit(s[j]))
                {
                    j++;
                }

                i = j;
            }
        }

        return double.Parse(s[..i], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>parseInt with an optional radix (0 = detect).</summary>
    public static double ParseInt(string text, int radix)
    {
        var s = text.AsSpan().Trim();
        bool negative = false;
        if (!s.IsEmpty && s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if ((radix == 0 || radix == 16) && s.Length >= 2 && s[0] == '0' && s[1] is 'x' or 'X')
        {
            s = s[2..];
            radix = 16;
        }

        if (radix == 0)
        {
            radix = 10;
        }

        if (radix is < 2 or > 36)
        {
            return double.NaN;
        }

        double value = ParseIntegerDigits(s, radix, out int used);
        if (used == 0)
        {
            return double.NaN;
        }

        return negative ? -value : value;
    }

    private static double ParseIntegerDigits(ReadOnlySpan<char> s, int radix, out int used)
    {
        double value = 0;
        used = 0;
        foreach (char c in s)
        {
            int d = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => 99,
            };
            if (d >= radix)
            {
                break;
            }

            value = (value * radix) + d;
            used++;
        }

        return used == 0 ? double.NaN : value;
    }

    public static string ToRadixString(double value, int radix)
    {
        if (radix == 10 || double.IsNaN(value) || double.IsInfinity(value))
        {
            return ToString(value);
        }

        bool negative = value < 0;
        double integer = Math.Floor(Math.Abs(value));
        var sb = new StringBuilder();
        do
        {
            int d = (int)(integer % radix);
            sb.Insert(0, (char)(d < 10 ? '0' + d : 'a' + d - 10));
            integer = Math.Floor(integer / radix);
        }
        while (integer > 0);

        return negative ? "-" + sb : sb.ToString();
    }

    public static int ToInt32(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return 0;
        }

        if (value is >= int.MinValue and <= int.MaxValue)
        {
            return (int)value;
        }

        double m = Math.Truncate(value) % 4294967296.0;
        if (m < 0)
        {
            m += 4294967296.0;
        }

        return (int)(uint)m;
    }
}
