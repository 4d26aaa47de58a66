using System.Reflection;
using System.Text;

namespace PmoFlow.Scripting.CSharp;

/// <summary>Writes a <see cref="Type"/> as fully qualified C# source, collecting the assemblies it needs.</summary>
internal static class CSharpTypeNames
{
    /// <summary>
    /// The C# spelling of <paramref name="type"/>, or null when generated code cannot name it
    /// (not public, generic nested, pointer, or from an assembly we cannot reference); callers fall back to <c>object</c>.
    /// </summary>
    public static string? TryWrite(Type type, ISet<Assembly> assemblies)
    {
        var builder = new StringBuilder();
        return TryWrite(type, builder, assemblies) ? builder.ToString() : null;
    }

    private static bool TryWrite(Type type, StringBuilder builder, ISet<Assembly> assemblies)
    {
        if (type.IsByRef || type.IsPointer || type.IsGenericParameter || !type.IsVisible || type.ContainsGenericParameters)
        {
            return false;
        }

        if (type.IsArray)
        {
            if (!TryWrite(type.GetElementType()!, builder, assemblies))
            {
                return false;
            }

            builder.Append('[').Append(',', type.GetArrayRank() - 1).Append(']');
            return true;
        }

        if (!CSharpReferences.CanReference(type.Assembly))
        {
            return false;
        }

        assemblies.Add(type.Assembly);
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            if (!TryWrite(underlying, builder, assemblies))
            {
                return false;
            }

            builder.Append('?');
            return true;
        }

        if (type.IsNested)
        {
            // Generic arguments of nested types are spread over the declaring types; not worth spelling out.
            if (type.IsGenericType || !TryWrite(type.DeclaringType!, builder, assemblies))
            {
                return false;
            }

            builder.Append('.').Append(type.Name);
            return true;
        }

        builder.Append("global::");
        if (!string.IsNullOrEmpty(type.Namespace))
        {
            builder.Append(type.Namespace).Append('.');
        }

        if (!type.IsGenericType)
        {
            builder.Append(type.Name);
            return true;
        }

        builder.Append(type.Name.AsSpan(0, type.Name.IndexOf('`', StringComparison.Ordinal))).Append('<');
        var arguments = type.GetGenericArguments();
        for (var i = 0; i < arguments.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            if (!TryWrite(arguments[i], builder, assemblies))
            {
                return false;
            }
        }

        builder.Append('>');
        return true;
    }
}
