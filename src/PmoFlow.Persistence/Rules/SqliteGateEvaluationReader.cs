using PmoFlow.Core.Gates;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Pmo.Rows;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Rules;

/// <summary>A gate evaluation by id, from <c>gate_evaluations</c> (its id column is unique).</summary>
internal sealed class SqliteGateEvaluationReader(SqliteDatabase db) : IGateEvaluationReader
{
    public Task<GateEvaluation?> FindAsync(string evaluationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluationId);
        return db.ReadAsync(s => s.QuerySingleOrDefault<EvaluationRow>(
            $"SELECT {EvaluationRow.Columns} FROM gate_evaluations WHERE id = @evaluationId", new { evaluationId })?.ToDomain(), cancellationToken);
    }
}
