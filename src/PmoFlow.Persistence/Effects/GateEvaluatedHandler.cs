using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Effects;

/// <summary>Stores the evaluation record, clauses as JSON. The service must exist: the foreign key checks it, no extra read.</summary>
internal sealed class GateEvaluatedHandler : IEffectHandler
{
    public string Type => PmoEffects.GateEvaluatedType;

    public void Apply(EffectSession session, JsonObject data)
    {
        var evaluation = EffectData.Property<GateEvaluation>(data, "evaluation", Type);
        try
        {
            session.Db.Execute(
                "INSERT INTO gate_evaluations (id, service_id, gate, turn, evaluated_at, outcome, clauses, input_snapshot, evaluator, waiver_id) " +
                "VALUES (@Id, @ServiceId, @Gate, @Turn, @EvaluatedAt, @Outcome, @Clauses, @InputSnapshot, @Evaluator, @WaiverId)",
                new
                {
                    evaluation.Id, evaluation.ServiceId, evaluation.Gate, evaluation.Turn, EvaluatedAt = Db.Time(evaluation.EvaluatedAt), Outcome = evaluation.Outcome.ToString(),
                    Clauses = Db.ToJson(evaluation.Clauses), evaluation.InputSnapshot, evaluation.Evaluator, evaluation.WaiverId,
                });
        }
        catch (SqliteException ex) when (SqliteErrors.IsDuplicate(ex))
        {
            throw new InvalidOperationException($"Gate evaluation '{evaluation.Id}' was already stored: the transition was processed twice.", ex);
        }
        catch (SqliteException ex) when (SqliteErrors.IsMissingParent(ex))
        {
            throw new PmoDataException("serviceId", $"No service '{evaluation.ServiceId}'.", isNotFound: true);
        }
        session.Audit(evaluation.EvaluatedAt, evaluation.ServiceId, "gate.evaluated",
            new { evaluationId = evaluation.Id, evaluation.Gate, evaluation.Turn, evaluation.Outcome, evaluation.Evaluator, evaluation.WaiverId, evaluation.WhatWouldPass });
    }
}
