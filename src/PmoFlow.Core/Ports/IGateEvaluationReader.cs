using PmoFlow.Core.Gates;

namespace PmoFlow.Core.Ports;

/// <summary>Reads one recorded gate evaluation by its id, whichever service it belongs to (replay starts from an id alone).</summary>
public interface IGateEvaluationReader
{
    /// <summary>The evaluation with id <paramref name="evaluationId"/>, or null.</summary>
    Task<GateEvaluation?> FindAsync(string evaluationId, CancellationToken cancellationToken = default);
}
