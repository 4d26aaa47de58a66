using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace PmoFlow.Persistence.Sqlite;

/// <summary>
/// Reads a parameter object's properties (the anonymous types the stores pass) with compiled getters, once per type.
/// Values are converted as Dapper converts them: null to <see cref="DBNull"/>, enums to their underlying integer.
/// </summary>
internal static class ParameterAccessors
{
    private static readonly ConcurrentDictionary<Type, ParameterAccessor[]> Cache = new();

    public static ParameterAccessor[] For(Type type) => Cache.GetOrAdd(type, Build);

    private static ParameterAccessor[] Build(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => new ParameterAccessor(p.Name, Compile(type, p)))
            .ToArray();

    private static Func<object, object> Compile(Type type, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        Expression value = Expression.Property(Expression.Convert(instance, type), property);
        var valueType = property.PropertyType;
        var enumType = Nullable.GetUnderlyingType(valueType) ?? valueType;
        if (enumType.IsEnum)
        {
            // Enum (or enum?) → its underlying integer, boxed; null stays null.
            var underlying = Enum.GetUnderlyingType(enumType);
            value = valueType == enumType
                ? Expression.Convert(Expression.Convert(value, underlying), typeof(object))
                : Expression.Condition(Expression.Property(value, "HasValue"),
                    Expression.Convert(Expression.Convert(Expression.Property(value, "Value"), underlying), typeof(object)),
                    Expression.Constant(null, typeof(object)));
        }
        else
        {
            value = Expression.Convert(value, typeof(object));
        }
        var orNull = Expression.Coalesce(value, Expression.Constant(DBNull.Value, typeof(object)));
        return Expression.Lambda<Func<object, object>>(orNull, instance).Compile();
    }
}
