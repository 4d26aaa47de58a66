using Microsoft.Data.Sqlite;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo;

/// <summary>The checks that turn bad ids into <see cref="PmoDataException"/> naming the field, rather than a bare constraint error.</summary>
internal static class Guards
{
    public static void RequireService(DbSession session, string serviceId, string field = "serviceId")
    {
        if (session.Scalar<long>("SELECT COUNT(*) FROM services WHERE id = @Id", new { Id = serviceId }) == 0)
            throw new PmoDataException(field, $"No service '{serviceId}'.", isNotFound: true);
    }

    /// <summary>Runs an insert; a duplicate key becomes a <see cref="PmoDataException"/> on <c>id</c>.</summary>
    public static void Insert(DbSession session, string sql, object param, string what, string id)
    {
        try
        {
            session.Execute(sql, param);
        }
        catch (SqliteException ex) when (SqliteErrors.IsDuplicate(ex))
        {
            throw new PmoDataException("id", $"{what} '{id}' already exists.");
        }
    }
}
